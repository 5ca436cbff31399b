package io.unikv.testserver.internal.commands;

import java.util.ArrayList;
import java.util.List;

import io.unikv.testserver.internal.engine.ByteKey;
import io.unikv.testserver.internal.engine.Client;
import io.unikv.testserver.internal.engine.CommandContext;
import io.unikv.testserver.internal.engine.CommandSpec;
import io.unikv.testserver.internal.engine.CommandTable;
import io.unikv.testserver.internal.engine.Errors;
import io.unikv.testserver.internal.engine.RedisError;
import io.unikv.testserver.internal.engine.Reply;

import static io.unikv.testserver.internal.engine.CommandSpec.Flag.FAST;
import static io.unikv.testserver.internal.engine.CommandSpec.Flag.LOADING;
import static io.unikv.testserver.internal.engine.CommandSpec.Flag.NOSCRIPT;
import static io.unikv.testserver.internal.engine.CommandSpec.Flag.STALE;

/**
 * Transactions: MULTI, EXEC, DISCARD, WATCH and UNWATCH. Queuing and EXECABORT happen in
 * {@link io.unikv.testserver.internal.engine.Engine#dispatch}; EXEC runs the queue
 * atomically on the engine thread.
 *
 * @author unikv authors
 */
final class TransactionCommands {

    private TransactionCommands() {
    }

    static void register(CommandTable table) {
        table.register(CommandSpec.of("multi", 1, TransactionCommands::multi, NOSCRIPT, LOADING, STALE, FAST),
                CommandSpec.of("exec", 1, TransactionCommands::exec, NOSCRIPT, LOADING, STALE),
                CommandSpec.of("discard", 1, TransactionCommands::discard, NOSCRIPT, LOADING, STALE, FAST),
                CommandSpec.keys("watch", -2, 1, -1, 1, TransactionCommands::watch, NOSCRIPT, LOADING, STALE, FAST),
                CommandSpec.of("unwatch", 1, TransactionCommands::unwatch, NOSCRIPT, LOADING, STALE, FAST));
    }

    private static Reply multi(CommandContext ctx) {
        if (ctx.client().inMulti()) {
            throw new RedisError(Errors.MULTI_NESTED);
        }
        ctx.client().beginMulti();
        return Reply.OK;
    }

    private static Reply exec(CommandContext ctx) {
        if (!ctx.client().inMulti()) {
            throw new RedisError(Errors.EXEC_WITHOUT_MULTI);
        }
        return ctx.engine().exec(ctx.client());
    }

    private static Reply discard(CommandContext ctx) {
        Client client = ctx.client();
        if (!client.inMulti()) {
            throw new RedisError(Errors.DISCARD_WITHOUT_MULTI);
        }
        client.endMulti();
        ctx.engine().unwatchAll(client);
        return Reply.OK;
    }

    private static Reply watch(CommandContext ctx) {
        if (ctx.client().inMulti()) {
            throw new RedisError(Errors.WATCH_INSIDE_MULTI);
        }
        List<ByteKey> keys = new ArrayList<>();
        for (int i = 1; i < ctx.argc(); i++) {
            keys.add(ctx.key(i));
        }
        ctx.engine().watch(ctx.client(), keys);
        return Reply.OK;
    }

    private static Reply unwatch(CommandContext ctx) {
        ctx.engine().unwatchAll(ctx.client());
        return Reply.OK;
    }

}
