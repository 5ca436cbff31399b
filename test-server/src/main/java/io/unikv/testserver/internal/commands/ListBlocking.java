package io.unikv.testserver.internal.commands;

import java.util.ArrayList;
import java.util.List;

import io.unikv.testserver.internal.engine.ByteKey;
import io.unikv.testserver.internal.engine.CommandContext;
import io.unikv.testserver.internal.engine.Database;
import io.unikv.testserver.internal.engine.ListValue;
import io.unikv.testserver.internal.engine.RedisError;
import io.unikv.testserver.internal.engine.Reply;
import org.jspecify.annotations.Nullable;

/**
 * Blocking list commands: BLPOP, BRPOP, BLMOVE, BRPOPLPUSH and BLMPOP. With data they act
 * at once like their non-blocking forms; otherwise the client blocks until a push wakes
 * it (clients blocked on a key are served first come, first served) or the timeout
 * passes. Inside MULTI they never block. As in Redis 7.0, a timeout answers with the null
 * array for every one of them, while BLMOVE and BRPOPLPUSH inside MULTI answer with the
 * null bulk.
 *
 * @author unikv authors
 */
final class ListBlocking {

    private ListBlocking() {
    }

    static @Nullable Reply bpop(CommandContext ctx, boolean head) {
        long timeout = ctx.timeoutArg(ctx.argc() - 1);
        List<ByteKey> keys = new ArrayList<>();
        for (int i = 1; i < ctx.argc() - 1; i++) {
            keys.add(ctx.key(i));
        }
        return pop(ctx, keys, head, -1, timeout);
    }

    static @Nullable Reply blmpop(CommandContext ctx) {
        ListMoves.MultiPop args = ListMoves.MultiPop.parse(ctx, 2);
        long timeout = ctx.timeoutArg(1);
        return pop(ctx, args.keys(), args.head(), args.count(), timeout);
    }

    static @Nullable Reply blmove(CommandContext ctx) {
        boolean fromHead = ListCommands.isLeft(ctx, 3);
        boolean toHead = ListCommands.isLeft(ctx, 4);
        return move(ctx, fromHead, toHead, ctx.timeoutArg(5));
    }

    static @Nullable Reply brpoplpush(CommandContext ctx) {
        return move(ctx, false, true, ctx.timeoutArg(3));
    }

    private static @Nullable Reply pop(CommandContext ctx, List<ByteKey> keys, boolean head, long count, long timeout) {
        Database db = ctx.db();
        Reply reply = ListMoves.popFirst(db, keys, head, count, true);
        if (reply != null) {
            return reply;
        }
        if (ctx.inTransaction()) {
            return Reply.NULL_ARRAY;
        }
        return ctx.block(keys, timeout, () -> ListMoves.popFirst(db, keys, head, count, false), Reply.NULL_ARRAY);
    }

    private static @Nullable Reply move(CommandContext ctx, boolean fromHead, boolean toHead, long timeout) {
        Database db = ctx.db();
        ByteKey source = ctx.key(1);
        ByteKey destination = ctx.key(2);
        if (ListCommands.list(db, source) != null) {
            return ListMoves.move(db, source, destination, fromHead, toHead);
        }
        if (ctx.inTransaction()) {
            return Reply.NULL;
        }
        return ctx.block(List.of(source), timeout, () -> {
            if (!(db.get(source) instanceof ListValue)) {
                return null;
            }
            try {
                return ListMoves.move(db, source, destination, fromHead, toHead);
            }
            catch (RedisError error) {
                // Redis answers a woken BLMOVE whose destination holds another type with
                // the error, leaving the element in place.
                return Reply.error(error.getMessage());
            }
        }, Reply.NULL_ARRAY);
    }

}
