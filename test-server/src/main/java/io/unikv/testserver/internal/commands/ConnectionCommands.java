package io.unikv.testserver.internal.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.unikv.testserver.internal.engine.Client;
import io.unikv.testserver.internal.engine.CommandContext;
import io.unikv.testserver.internal.engine.CommandSpec;
import io.unikv.testserver.internal.engine.CommandTable;
import io.unikv.testserver.internal.engine.Engine;
import io.unikv.testserver.internal.engine.EngineSettings;
import io.unikv.testserver.internal.engine.Errors;
import io.unikv.testserver.internal.engine.RedisError;
import io.unikv.testserver.internal.engine.Reply;
import io.unikv.testserver.internal.engine.User;
import org.jspecify.annotations.Nullable;

import static io.unikv.testserver.internal.engine.CommandSpec.Flag.FAST;
import static io.unikv.testserver.internal.engine.CommandSpec.Flag.LOADING;
import static io.unikv.testserver.internal.engine.CommandSpec.Flag.NO_AUTH;
import static io.unikv.testserver.internal.engine.CommandSpec.Flag.STALE;

/**
 * Connection commands: PING, ECHO, HELLO, AUTH, SELECT, QUIT and RESET. CLIENT lives in
 * {@link ClientCommands}.
 *
 * @author unikv authors
 */
final class ConnectionCommands {

    /** The Redis version the server reports. */
    static final String VERSION = "7.0.15";

    private ConnectionCommands() {
    }

    static void register(CommandTable table) {
        table.register(CommandSpec.of("ping", -1, ConnectionCommands::ping, FAST, STALE),
                CommandSpec.of("echo", 2, (ctx) -> Reply.bulk(ctx.arg(1)), FAST, STALE),
                CommandSpec.of("hello", -1, ConnectionCommands::hello, NO_AUTH, FAST, STALE, LOADING),
                CommandSpec.of("auth", -2, ConnectionCommands::auth, NO_AUTH, FAST, STALE, LOADING),
                CommandSpec.of("select", 2, ConnectionCommands::select, FAST, STALE, LOADING),
                CommandSpec.of("quit", -1, ConnectionCommands::quit, NO_AUTH, FAST, STALE, LOADING),
                CommandSpec.of("reset", 1, ConnectionCommands::reset, NO_AUTH, FAST, STALE, LOADING));
    }

    private static Reply ping(CommandContext ctx) {
        if (ctx.argc() > 2) {
            throw new RedisError(Errors.arity("ping"));
        }
        if (ctx.client().protocol() == 2 && ctx.client().pubSub().subscribed()) {
            return Reply
                .array(List.of(Reply.bulk("pong"), (ctx.argc() == 2) ? Reply.bulk(ctx.arg(1)) : Reply.bulk("")));
        }
        return (ctx.argc() == 2) ? Reply.bulk(ctx.arg(1)) : new Reply.Simple("PONG");
    }

    private static Reply hello(CommandContext ctx) {
        Client client = ctx.client();
        int protocol = client.protocol();
        int next = 1;
        if (ctx.argc() >= 2) {
            long version;
            try {
                version = ctx.longArg(1);
            }
            catch (RedisError ex) {
                throw new RedisError("ERR Protocol version is not an integer or out of range");
            }
            if (version < 2 || version > 3) {
                throw new RedisError(Errors.NOPROTO);
            }
            protocol = (int) version;
            next = 2;
        }
        String name = null;
        User user = null;
        for (int i = next; i < ctx.argc(); i++) {
            if (ctx.is(i, "AUTH") && ctx.argc() - i - 1 >= 2) {
                user = authenticate(ctx.engine().settings(), ctx.text(i + 1), ctx.text(i + 2));
                i += 2;
            }
            else if (ctx.is(i, "SETNAME") && ctx.argc() - i - 1 >= 1) {
                name = ClientCommands.checkName(ctx.text(++i));
            }
            else {
                throw new RedisError("ERR Syntax error in HELLO option '" + ctx.text(i) + "'");
            }
        }
        if (user != null) {
            client.user(user);
        }
        if (client.user() == User.NONE) {
            throw new RedisError("NOAUTH HELLO must be called with the client already authenticated, otherwise the "
                    + "HELLO <proto> AUTH <user> <pass> option can be used to authenticate the client and select "
                    + "the RESP protocol version at the same time");
        }
        if (name != null) {
            client.name(name);
        }
        client.protocol(protocol);
        return helloReply(client);
    }

    static Reply helloReply(Client client) {
        List<Reply> map = new ArrayList<>(14);
        map.add(Reply.bulk("server"));
        map.add(Reply.bulk("redis"));
        map.add(Reply.bulk("version"));
        map.add(Reply.bulk(VERSION));
        map.add(Reply.bulk("proto"));
        map.add(Reply.integer(client.protocol()));
        map.add(Reply.bulk("id"));
        map.add(Reply.integer(client.id()));
        map.add(Reply.bulk("mode"));
        map.add(Reply.bulk("standalone"));
        map.add(Reply.bulk("role"));
        map.add(Reply.bulk("master"));
        map.add(Reply.bulk("modules"));
        map.add(Reply.EMPTY_ARRAY);
        return new Reply.MapReply(map);
    }

    private static Reply auth(CommandContext ctx) {
        if (ctx.argc() > 3) {
            throw ctx.syntaxError();
        }
        EngineSettings settings = ctx.engine().settings();
        if (ctx.argc() == 2 && settings.password() == null && settings.readOnlyPassword() == null) {
            throw new RedisError(Errors.AUTH_NOT_CONFIGURED);
        }
        String username = (ctx.argc() == 3) ? ctx.text(1) : "default";
        ctx.client().user(authenticate(settings, username, ctx.text(ctx.argc() - 1)));
        return Reply.OK;
    }

    /**
     * Check credentials against the configured users.
     * @param settings the engine settings
     * @param username the user name
     * @param password the password
     * @return the user
     * @throws RedisError {@link Errors#WRONGPASS}
     */
    static User authenticate(EngineSettings settings, String username, String password) {
        if (username.equals("default")) {
            if (settings.password() == null && settings.readOnlyPassword() == null) {
                return User.DEFAULT;
            }
            if (Objects.equals(settings.password(), password)) {
                return User.DEFAULT;
            }
            // a bare AUTH with the read-only token logs in as the read-only user
            if (Objects.equals(settings.readOnlyPassword(), password)) {
                return User.READ_ONLY;
            }
        }
        if (username.equals(User.READ_ONLY.username()) && settings.readOnlyPassword() != null
                && settings.readOnlyPassword().equals(password)) {
            return User.READ_ONLY;
        }
        throw new RedisError(Errors.WRONGPASS);
    }

    private static Reply select(CommandContext ctx) {
        long index;
        try {
            index = ctx.longArg(1);
        }
        catch (RedisError ex) {
            throw new RedisError(Errors.NOT_INTEGER);
        }
        if (index < 0 || index >= Engine.DATABASES) {
            throw new RedisError(Errors.DB_OUT_OF_RANGE);
        }
        ctx.client().select((int) index);
        return Reply.OK;
    }

    private static @Nullable Reply quit(CommandContext ctx) {
        ctx.client().sink().send(Reply.OK);
        ctx.engine().close(ctx.client());
        return null;
    }

    private static Reply reset(CommandContext ctx) {
        Client client = ctx.client();
        client.endMulti();
        ctx.engine().unwatchAll(client);
        ctx.engine().pubSub().reset(client);
        ctx.engine().tracking().disable(client);
        client.select(0);
        client.protocol(2);
        client.name(null);
        EngineSettings settings = ctx.engine().settings();
        client.user((settings.password() != null || settings.readOnlyPassword() != null) ? User.NONE : User.DEFAULT);
        return new Reply.Simple("RESET");
    }

}
