package io.unikv.testserver.internal.commands;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.unikv.testserver.internal.engine.CommandContext;
import io.unikv.testserver.internal.engine.CommandSpec;
import io.unikv.testserver.internal.engine.CommandTable;
import io.unikv.testserver.internal.engine.Errors;
import io.unikv.testserver.internal.engine.RedisError;
import io.unikv.testserver.internal.engine.ReplicationInfo;
import io.unikv.testserver.internal.engine.Reply;

import static io.unikv.testserver.internal.engine.CommandSpec.Flag.ADMIN;
import static io.unikv.testserver.internal.engine.CommandSpec.Flag.FAST;
import static io.unikv.testserver.internal.engine.CommandSpec.Flag.LOADING;
import static io.unikv.testserver.internal.engine.CommandSpec.Flag.NOSCRIPT;
import static io.unikv.testserver.internal.engine.CommandSpec.Flag.READONLY;
import static io.unikv.testserver.internal.engine.CommandSpec.Flag.STALE;
import static io.unikv.testserver.internal.engine.CommandSpec.Flag.WRITE;

/**
 * Server commands: DBSIZE, FLUSHDB, FLUSHALL, TIME, INFO, CONFIG, ROLE, WAIT, LASTSAVE,
 * SAVE and BGSAVE (no persistence: they succeed and do nothing). COMMAND lives in
 * {@link CommandCommands}.
 *
 * @author unikv authors
 */
final class ServerCommands {

    private ServerCommands() {
    }

    static void register(CommandTable table) {
        table.register(CommandSpec.of("dbsize", 1, (ctx) -> Reply.integer(ctx.db().size()), READONLY, FAST),
                CommandSpec.of("flushdb", -1, ServerCommands::flushdb, WRITE),
                CommandSpec.of("flushall", -1, ServerCommands::flushall, WRITE),
                CommandSpec.of("time", 1, ServerCommands::time, LOADING, STALE, FAST),
                CommandSpec.of("info", -1, Info::reply, LOADING, STALE),
                CommandSpec.of("config", -2, ServerCommands::config, ADMIN, NOSCRIPT, LOADING, STALE),
                CommandSpec.of("role", 1, ServerCommands::role, NOSCRIPT, LOADING, STALE, FAST),
                CommandSpec.of("wait", 3, ServerCommands::waitReplicas, NOSCRIPT),
                CommandSpec.of("lastsave", 1, (ctx) -> Reply.integer(ctx.engine().startMillis() / 1000), LOADING, STALE,
                        FAST),
                CommandSpec.of("save", 1, (ctx) -> Reply.OK, ADMIN, NOSCRIPT),
                CommandSpec.of("bgsave", -1, (ctx) -> new Reply.Simple("Background saving started"), ADMIN, NOSCRIPT));
    }

    private static Reply flushdb(CommandContext ctx) {
        checkFlushMode(ctx);
        ctx.engine().tracking().flush(ctx.client(), () -> ctx.db().clear());
        return Reply.OK;
    }

    private static Reply flushall(CommandContext ctx) {
        checkFlushMode(ctx);
        ctx.engine().tracking().flush(ctx.client(), ctx.engine()::flushAll);
        return Reply.OK;
    }

    private static void checkFlushMode(CommandContext ctx) {
        if (ctx.argc() > 2 || (ctx.argc() == 2 && !ctx.is(1, "ASYNC") && !ctx.is(1, "SYNC"))) {
            throw ctx.syntaxError();
        }
    }

    private static Reply time(CommandContext ctx) {
        long micros = ctx.engine().clock().instant().getNano() / 1000;
        long seconds = ctx.now() / 1000;
        return Reply.array(List.of(Reply.bulk(Long.toString(seconds)), Reply.bulk(Long.toString(micros))));
    }

    private static Reply role(CommandContext ctx) {
        ReplicationInfo replication = ctx.engine().replication();
        InetSocketAddress primary = replication.primary();
        if (replication.replica() && primary != null) {
            return Reply.array(List.of(Reply.bulk("slave"), Reply.bulk(primary.getHostString()),
                    Reply.integer(primary.getPort()), Reply.bulk(replication.linkUp() ? "connected" : "connect"),
                    Reply.integer(ctx.engine().writeOffset())));
        }
        List<Reply> replicas = new ArrayList<>();
        for (ReplicationInfo.Replica replica : replication.replicas()) {
            replicas.add(Reply.array(List.of(Reply.bulk(replica.address().getHostString()),
                    Reply.bulk(Integer.toString(replica.address().getPort())),
                    Reply.bulk(Long.toString(replica.offset())))));
        }
        return Reply
            .array(List.of(Reply.bulk("master"), Reply.integer(ctx.engine().writeOffset()), Reply.array(replicas)));
    }

    private static Reply waitReplicas(CommandContext ctx) {
        ctx.longArg(1);
        if (ctx.longArg(2) < 0) {
            throw new RedisError("ERR timeout is negative");
        }
        // replicas that have applied everything so far; WAIT does not block here: lag is
        // simulated on the engine clock, which a waiting engine thread could not advance
        long offset = ctx.engine().writeOffset();
        return Reply.integer(
                ctx.engine().replication().replicas().stream().filter((replica) -> replica.offset() >= offset).count());
    }

    private static Reply config(CommandContext ctx) {
        String sub = ctx.option(1);
        switch (sub) {
            case "GET": {
                if (ctx.argc() < 3) {
                    throw new RedisError(Errors.arity("config|get"));
                }
                List<Reply> items = new ArrayList<>();
                List<String> seen = new ArrayList<>();
                for (int i = 2; i < ctx.argc(); i++) {
                    List<String> found = ctx.engine().config().matching(ctx.text(i));
                    for (int j = 0; j < found.size(); j += 2) {
                        if (!seen.contains(found.get(j))) {
                            seen.add(found.get(j));
                            items.add(Reply.bulk(found.get(j)));
                            items.add(Reply.bulk(found.get(j + 1)));
                        }
                    }
                }
                return new Reply.MapReply(items);
            }
            case "SET": {
                if (ctx.argc() < 4 || ctx.argc() % 2 != 0) {
                    throw new RedisError(Errors.arity("config|set"));
                }
                for (int i = 2; i < ctx.argc(); i += 2) {
                    String name = ctx.text(i).toLowerCase(Locale.ROOT);
                    if (!ctx.engine().config().has(name)) {
                        throw new RedisError(
                                "ERR Unknown option or number of arguments for CONFIG SET - '" + ctx.text(i) + "'");
                    }
                }
                for (int i = 2; i < ctx.argc(); i += 2) {
                    ctx.engine().config().set(ctx.text(i).toLowerCase(Locale.ROOT), ctx.text(i + 1));
                }
                return Reply.OK;
            }
            case "RESETSTAT", "REWRITE":
                if (ctx.argc() != 2) {
                    throw new RedisError(Errors.arity("config|" + sub.toLowerCase(Locale.ROOT)));
                }
                if (sub.equals("RESETSTAT")) {
                    ctx.engine().commandCalls().clear();
                }
                return Reply.OK;
            default:
                throw new RedisError(Errors.unknownSubcommand("config", ctx.text(1)));
        }
    }

}
