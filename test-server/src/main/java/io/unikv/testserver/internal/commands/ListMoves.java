package io.unikv.testserver.internal.commands;

import java.util.ArrayList;
import java.util.List;

import io.unikv.testserver.internal.engine.ByteKey;
import io.unikv.testserver.internal.engine.CommandContext;
import io.unikv.testserver.internal.engine.Database;
import io.unikv.testserver.internal.engine.Errors;
import io.unikv.testserver.internal.engine.ListValue;
import io.unikv.testserver.internal.engine.RedisError;
import io.unikv.testserver.internal.engine.RedisValue;
import io.unikv.testserver.internal.engine.Reply;
import org.jspecify.annotations.Nullable;

/**
 * Moving and multi-key pops: LMOVE, RPOPLPUSH and LMPOP, plus the pop and move logic the
 * blocking variants in {@link ListBlocking} retry when a client wakes.
 *
 * @author unikv authors
 */
final class ListMoves {

    private ListMoves() {
    }

    static Reply lmove(CommandContext ctx) {
        boolean fromHead = ListCommands.isLeft(ctx, 3);
        boolean toHead = ListCommands.isLeft(ctx, 4);
        return move(ctx.db(), ctx.key(1), ctx.key(2), fromHead, toHead);
    }

    static Reply rpoplpush(CommandContext ctx) {
        return move(ctx.db(), ctx.key(1), ctx.key(2), false, true);
    }

    static Reply lmpop(CommandContext ctx) {
        MultiPop args = MultiPop.parse(ctx, 1);
        Reply reply = popFirst(ctx.db(), args.keys(), args.head(), args.count(), true);
        return (reply != null) ? reply : Reply.NULL_ARRAY;
    }

    /**
     * Move an element from one list to another (or the same one, rotating it).
     * @param db the database
     * @param source the source key
     * @param destination the destination key
     * @param fromHead whether to pop from the source's head
     * @param toHead whether to push at the destination's head
     * @return the element, or the null bulk if the source does not exist
     * @throws RedisError {@link Errors#WRONGTYPE} if either key holds another type;
     * nothing moves then
     */
    static Reply move(Database db, ByteKey source, ByteKey destination, boolean fromHead, boolean toHead) {
        ListValue from = ListCommands.list(db, source);
        if (from == null) {
            return Reply.NULL;
        }
        ListValue to = ListCommands.list(db, destination);
        byte[] element = from.remove(fromHead);
        ListCommands.pushOne(db, destination, to, element, toHead);
        db.deleteIfEmpty(source, from.isEmpty());
        return Reply.bulk(element);
    }

    /**
     * Pop from the first key that holds a non-empty list.
     * @param db the database
     * @param keys the keys, in order
     * @param head whether to pop from the head
     * @param count how many at most, or {@code -1} for BLPOP's {@code [key, element]}
     * reply instead of {@code [key, [elements]]}
     * @param strict whether a key of another type is an error (when the command runs) or
     * skipped (when a blocked client retries, as Redis only serves keys holding lists;
     * the list created first is chosen then)
     * @return the reply, or {@code null} if every list is empty
     */
    static @Nullable Reply popFirst(Database db, List<ByteKey> keys, boolean head, long count, boolean strict) {
        ByteKey chosen = null;
        ListValue list = null;
        for (ByteKey key : keys) {
            RedisValue value = db.get(key);
            if (value == null) {
                continue;
            }
            if (!(value instanceof ListValue candidate)) {
                if (strict) {
                    throw new RedisError(Errors.WRONGTYPE);
                }
                continue;
            }
            if (candidate.isEmpty()) {
                continue;
            }
            if (strict) {
                chosen = key;
                list = candidate;
                break;
            }
            // A woken client takes from the list that became ready first, as Redis does
            // when one transaction creates several of its keys.
            if (list == null || candidate.creation() < list.creation()) {
                chosen = key;
                list = candidate;
            }
        }
        if (list == null) {
            return null;
        }
        Reply popped;
        if (count == -1) {
            popped = Reply.bulk(list.remove(head));
            db.deleteIfEmpty(chosen, list.isEmpty());
        }
        else {
            popped = ListCommands.popMany(db, chosen, list, head, count);
        }
        return Reply.array(List.of(Reply.bulk(chosen.bytes()), popped));
    }

    /**
     * The parsed {@code numkeys key [key ...] LEFT|RIGHT [COUNT count]} of LMPOP and
     * BLMPOP.
     *
     * @param keys the keys
     * @param head whether to pop from the head
     * @param count how many at most, 1 by default
     */
    record MultiPop(List<ByteKey> keys, boolean head, long count) {

        static MultiPop parse(CommandContext ctx, int numkeysIndex) {
            long numkeys = CommandContext.parseLong(ctx.arg(numkeysIndex), Errors.LIST_NUMKEYS);
            if (numkeys < 1) {
                throw new RedisError(Errors.LIST_NUMKEYS);
            }
            if (numkeys >= ctx.argc() - numkeysIndex - 1) {
                throw ctx.syntaxError();
            }
            int whereIndex = numkeysIndex + (int) numkeys + 1;
            boolean head = ListCommands.isLeft(ctx, whereIndex);
            long count = -1;
            for (int i = whereIndex + 1; i < ctx.argc(); i++) {
                if (count == -1 && i + 1 < ctx.argc() && ctx.is(i, "COUNT")) {
                    count = CommandContext.parseLong(ctx.arg(++i), Errors.LIST_COUNT);
                    if (count < 1) {
                        throw new RedisError(Errors.LIST_COUNT);
                    }
                }
                else {
                    throw ctx.syntaxError();
                }
            }
            List<ByteKey> keys = new ArrayList<>((int) numkeys);
            for (int i = numkeysIndex + 1; i < whereIndex; i++) {
                keys.add(ctx.key(i));
            }
            return new MultiPop(keys, head, (count == -1) ? 1 : count);
        }

    }

}
