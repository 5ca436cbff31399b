package io.unikv.testserver.internal.commands;

import java.util.ArrayList;
import java.util.List;

import io.unikv.testserver.internal.engine.ByteKey;
import io.unikv.testserver.internal.engine.CommandContext;
import io.unikv.testserver.internal.engine.Database;
import io.unikv.testserver.internal.engine.Errors;
import io.unikv.testserver.internal.engine.RedisError;
import io.unikv.testserver.internal.engine.Reply;
import io.unikv.testserver.internal.engine.ZSetValue;
import org.jspecify.annotations.Nullable;

/**
 * ZPOPMIN, ZPOPMAX, ZMPOP, BZPOPMIN, BZPOPMAX and BZMPOP with Redis 7.0's reply shapes:
 * ZPOPMIN/ZPOPMAX answer a flat {@code member, score} array, nested pairs when a count is
 * given over RESP3; BZPOPMIN/BZPOPMAX answer {@code [key, member, score]}; ZMPOP and
 * BZMPOP answer {@code [key, [[member, score], ...]]} in both protocols. The blocking
 * forms block until a sorted set gets members (never inside MULTI) and answer the null
 * array on timeout.
 *
 * @author unikv authors
 */
final class ZPop {

    private ZPop() {
    }

    static Reply zpop(CommandContext ctx, boolean max) {
        if (ctx.argc() > 3) {
            throw ctx.syntaxError();
        }
        long count = -1;
        if (ctx.argc() == 3) {
            count = CommandContext.parseLong(ctx.arg(2), Errors.MUST_BE_POSITIVE);
            if (count < 0) {
                throw new RedisError(Errors.MUST_BE_POSITIVE);
            }
        }
        Database db = ctx.db();
        ByteKey key = ctx.key(1);
        ZSetValue zset = SortedSetCommands.zset(db, key);
        if (zset == null || count == 0) {
            return Reply.EMPTY_ARRAY;
        }
        List<ZSetValue.Entry> popped = pop(db, key, zset, max, (count == -1) ? 1 : count);
        if (ctx.client().protocol() > 2 && count != -1) {
            return pairs(popped);
        }
        List<Reply> items = new ArrayList<>(popped.size() * 2);
        for (ZSetValue.Entry entry : popped) {
            items.add(Reply.bulk(entry.member().bytes()));
            items.add(new Reply.Dbl(entry.score()));
        }
        return Reply.array(items);
    }

    static Reply zmpop(CommandContext ctx) {
        MultiPop args = MultiPop.parse(ctx, 1);
        Reply reply = popFirst(ctx.db(), args, true);
        return (reply != null) ? reply : Reply.NULL_ARRAY;
    }

    static Reply bzpop(CommandContext ctx, boolean max) {
        long timeout = ctx.timeoutArg(ctx.argc() - 1);
        List<ByteKey> keys = new ArrayList<>();
        for (int i = 1; i < ctx.argc() - 1; i++) {
            keys.add(ctx.key(i));
        }
        return block(ctx, new MultiPop(keys, max, -1), timeout);
    }

    static Reply bzmpop(CommandContext ctx) {
        MultiPop args = MultiPop.parse(ctx, 2);
        return block(ctx, args, ctx.timeoutArg(1));
    }

    private static @Nullable Reply block(CommandContext ctx, MultiPop args, long timeout) {
        Database db = ctx.db();
        Reply reply = popFirst(db, args, true);
        if (reply != null) {
            return reply;
        }
        if (ctx.inTransaction()) {
            return Reply.NULL_ARRAY;
        }
        return ctx.block(args.keys(), timeout, () -> popFirst(db, args, false), Reply.NULL_ARRAY);
    }

    /**
     * Pop from the first key holding a non-empty sorted set.
     * @param db the database
     * @param args the keys, end and count (-1 for BZPOPMIN's flat single pop)
     * @param checkTypes whether another type is an error (when first run) or skipped
     * (when woken)
     * @return the reply, or {@code null} if every key is missing or empty
     */
    private static @Nullable Reply popFirst(Database db, MultiPop args, boolean checkTypes) {
        for (ByteKey key : args.keys()) {
            ZSetValue zset = checkTypes ? SortedSetCommands.zset(db, key)
                    : (db.get(key) instanceof ZSetValue value) ? value : null;
            if (zset == null || zset.isEmpty()) {
                continue;
            }
            List<ZSetValue.Entry> popped = pop(db, key, zset, args.max(), Math.max(1, args.count()));
            List<Reply> items = new ArrayList<>();
            items.add(Reply.bulk(key.bytes()));
            if (args.count() == -1) {
                ZSetValue.Entry entry = popped.get(0);
                items.add(Reply.bulk(entry.member().bytes()));
                items.add(new Reply.Dbl(entry.score()));
            }
            else {
                items.add(pairs(popped));
            }
            return Reply.array(items);
        }
        return null;
    }

    private static List<ZSetValue.Entry> pop(Database db, ByteKey key, ZSetValue zset, boolean max, long count) {
        List<ZSetValue.Entry> popped = new ArrayList<>();
        while (popped.size() < count && !zset.isEmpty()) {
            popped.add(zset.poll(max));
        }
        db.deleteIfEmpty(key, zset.isEmpty());
        return popped;
    }

    private static Reply pairs(List<ZSetValue.Entry> entries) {
        List<Reply> items = new ArrayList<>(entries.size());
        for (ZSetValue.Entry entry : entries) {
            items.add(SortedSetCommands.pair(entry));
        }
        return Reply.array(items);
    }

    /**
     * The arguments of a multi-key pop.
     *
     * @param keys the keys, in order
     * @param max whether to pop the highest scores
     * @param count how many to pop; -1 for BZPOPMIN/BZPOPMAX's single flat pop
     */
    record MultiPop(List<ByteKey> keys, boolean max, long count) {

        /**
         * Parse {@code numkeys key [key ...] MIN|MAX [COUNT count]}.
         * @param ctx the command
         * @param numkeysIndex the position of numkeys
         * @return the arguments
         */
        static MultiPop parse(CommandContext ctx, int numkeysIndex) {
            long numkeys = CommandContext.parseLong(ctx.arg(numkeysIndex), Errors.LIST_NUMKEYS);
            if (numkeys < 1) {
                throw new RedisError(Errors.LIST_NUMKEYS);
            }
            if (numkeys >= ctx.argc() - numkeysIndex - 1) {
                throw ctx.syntaxError();
            }
            int whereIndex = numkeysIndex + (int) numkeys + 1;
            boolean max = ctx.is(whereIndex, "MAX");
            if (!max && !ctx.is(whereIndex, "MIN")) {
                throw ctx.syntaxError();
            }
            long count = -1;
            for (int i = whereIndex + 1; i < ctx.argc(); i++) {
                if (count == -1 && ctx.is(i, "COUNT") && i + 1 < ctx.argc()) {
                    count = CommandContext.parseLong(ctx.arg(++i), Errors.LIST_COUNT);
                    if (count < 1) {
                        throw new RedisError(Errors.LIST_COUNT);
                    }
                }
                else {
                    throw ctx.syntaxError();
                }
            }
            List<ByteKey> keys = new ArrayList<>();
            for (int i = numkeysIndex + 1; i < whereIndex; i++) {
                keys.add(ctx.key(i));
            }
            return new MultiPop(keys, max, (count == -1) ? 1 : count);
        }

    }

}
