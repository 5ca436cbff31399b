package io.unikv.testserver.internal.commands;

import java.util.List;
import java.util.Locale;

import io.unikv.testserver.internal.engine.Client;
import io.unikv.testserver.internal.engine.CommandContext;
import io.unikv.testserver.internal.engine.CommandSpec;
import io.unikv.testserver.internal.engine.CommandTable;
import io.unikv.testserver.internal.engine.Errors;
import io.unikv.testserver.internal.engine.RedisError;
import io.unikv.testserver.internal.engine.Reply;

import static io.unikv.testserver.internal.engine.CommandSpec.Flag.LOADING;
import static io.unikv.testserver.internal.engine.CommandSpec.Flag.NOSCRIPT;
import static io.unikv.testserver.internal.engine.CommandSpec.Flag.STALE;

/**
 * {@code CLIENT}: ID, SETNAME, GETNAME, SETINFO, LIST, INFO, KILL, NO-EVICT, NO-TOUCH and
 * HELP.
 *
 * @author unikv authors
 */
final class ClientCommands {

    private ClientCommands() {
    }

    static void register(CommandTable table) {
        table.register(CommandSpec.of("client", -2, ClientCommands::client, NOSCRIPT, LOADING, STALE));
    }

    private static Reply client(CommandContext ctx) {
        String sub = ctx.option(1);
        Client client = ctx.client();
        switch (sub) {
            case "ID":
                arity(ctx, 2, "id");
                return Reply.integer(client.id());
            case "SETNAME":
                arity(ctx, 3, "setname");
                String name = checkName(ctx.text(2));
                client.name(name.isEmpty() ? null : name);
                return Reply.OK;
            case "GETNAME":
                arity(ctx, 2, "getname");
                return (client.name() != null) ? Reply.bulk(client.name()) : Reply.NULL;
            case "SETINFO":
                arity(ctx, 4, "setinfo");
                return setInfo(ctx);
            case "LIST":
                return list(ctx);
            case "INFO":
                arity(ctx, 2, "info");
                return new Reply.Verbatim(describe(ctx, client) + "\n");
            case "KILL":
                return kill(ctx);
            case "NO-EVICT", "NO-TOUCH":
                arity(ctx, 3, sub.toLowerCase(Locale.ROOT));
                if (!ctx.is(2, "ON") && !ctx.is(2, "OFF")) {
                    throw ctx.syntaxError();
                }
                return Reply.OK;
            case "TRACKING", "CACHING", "GETREDIR", "TRACKINGINFO":
                return TrackingCommands.handle(ctx, sub);
            case "HELP":
                return Reply.array(List.of(
                        new Reply.Simple("CLIENT <subcommand> [<arg> [value] [opt] ...]. " + "Subcommands are:"),
                        new Reply.Simple("ID"), new Reply.Simple("SETNAME <name>"), new Reply.Simple("GETNAME"),
                        new Reply.Simple("LIST"), new Reply.Simple("INFO"),
                        new Reply.Simple("KILL <ip:port>|ID <id>|ADDR <ip:port>")));
            default:
                throw new RedisError(Errors.unknownSubcommand("client", ctx.text(1)));
        }
    }

    private static void arity(CommandContext ctx, int expected, String sub) {
        if (ctx.argc() != expected) {
            throw new RedisError(Errors.arity("client|" + sub));
        }
    }

    /**
     * Check a connection name as Redis does.
     * @param name the name
     * @return the name
     * @throws RedisError for spaces, newlines and other special characters
     */
    static String checkName(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < '!' || c > '~') {
                throw new RedisError("ERR Client names cannot contain spaces, newlines or special characters.");
            }
        }
        return name;
    }

    private static Reply setInfo(CommandContext ctx) {
        String attribute = ctx.option(2);
        String value = ctx.text(3);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '!' || c > '~') {
                throw new RedisError("ERR " + attribute.toLowerCase(Locale.ROOT)
                        + " cannot contain spaces, newlines or special characters.");
            }
        }
        switch (attribute) {
            case "LIB-NAME" -> ctx.client().libInfo(value, null);
            case "LIB-VER" -> ctx.client().libInfo(null, value);
            default -> throw new RedisError("ERR Unrecognized option '" + ctx.text(2) + "'");
        }
        return Reply.OK;
    }

    private static Reply list(CommandContext ctx) {
        StringBuilder text = new StringBuilder();
        for (Client client : ctx.engine().clients()) {
            text.append(describe(ctx, client)).append('\n');
        }
        return new Reply.Verbatim(text.toString());
    }

    private static String describe(CommandContext ctx, Client client) {
        long now = ctx.now();
        return "id=" + client.id() + " addr=" + client.address() + " laddr=" + client.localAddress() + " fd=8 name="
                + ((client.name() != null) ? client.name() : "") + " age=" + client.ageSeconds(now) + " idle=0 flags="
                + flags(client) + " db=" + client.db() + " sub=" + client.pubSub().channels().size() + " psub="
                + client.pubSub().patterns().size() + " ssub=" + client.pubSub().shardChannels().size() + " multi="
                + (client.inMulti() ? "0" : "-1")
                + " qbuf=0 qbuf-free=0 argv-mem=0 multi-mem=0 rbs=1024 rbp=0 obl=0 oll=0 omem=0 tot-mem=0 "
                + "events=r cmd=" + client.lastCommand() + " user=" + client.user().username() + " redir=-1 resp="
                + client.protocol() + " lib-name=" + ((client.libName() != null) ? client.libName() : "") + " lib-ver="
                + ((client.libVersion() != null) ? client.libVersion() : "");
    }

    private static String flags(Client client) {
        StringBuilder flags = new StringBuilder();
        if (client.pubSub().monitor()) {
            flags.append('O');
        }
        if (client.pubSub().subscribed()) {
            flags.append('P');
        }
        if (client.inMulti()) {
            flags.append('x');
        }
        if (client.isBlocked()) {
            flags.append('b');
        }
        if (client.tracking().enabled()) {
            flags.append('t');
        }
        return flags.isEmpty() ? "N" : flags.toString();
    }

    private static Reply kill(CommandContext ctx) {
        if (ctx.argc() == 3) {
            Client target = find(ctx, (client) -> client.address().equals(ctx.text(2)));
            if (target == null) {
                throw new RedisError("ERR No such client");
            }
            ctx.engine().close(target);
            return Reply.OK;
        }
        if (ctx.argc() % 2 != 0) {
            throw ctx.syntaxError();
        }
        long killed = 0;
        boolean skipMe = true;
        java.util.function.Predicate<Client> filter = (client) -> true;
        for (int i = 2; i < ctx.argc(); i += 2) {
            String option = ctx.option(i);
            String value = ctx.text(i + 1);
            java.util.function.Predicate<Client> test = switch (option) {
                case "ID" -> {
                    long id = CommandContext.parseLong(ctx.arg(i + 1), "ERR client-id should be greater than 0");
                    yield (client) -> client.id() == id;
                }
                case "ADDR" -> (client) -> client.address().equals(value);
                case "LADDR" -> (client) -> client.localAddress().equals(value);
                case "USER" -> (client) -> client.user().username().equals(value);
                case "SKIPME" -> {
                    if (!value.equalsIgnoreCase("yes") && !value.equalsIgnoreCase("no")) {
                        throw ctx.syntaxError();
                    }
                    skipMe = value.equalsIgnoreCase("yes");
                    yield (client) -> true;
                }
                default -> throw ctx.syntaxError();
            };
            filter = filter.and(test);
        }
        for (Client client : ctx.engine().clients()) {
            if (filter.test(client) && !(skipMe && client == ctx.client())) {
                ctx.engine().close(client);
                killed++;
            }
        }
        return Reply.integer(killed);
    }

    private static Client find(CommandContext ctx, java.util.function.Predicate<Client> test) {
        for (Client client : ctx.engine().clients()) {
            if (test.test(client)) {
                return client;
            }
        }
        return null;
    }

}
