package io.unikv.testserver.internal.commands;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.unikv.testserver.internal.engine.CommandContext;
import io.unikv.testserver.internal.engine.Errors;
import io.unikv.testserver.internal.engine.ListValue;
import io.unikv.testserver.internal.engine.RedisError;
import io.unikv.testserver.internal.engine.Reply;

/**
 * {@code LPOS key element [RANK rank] [COUNT num-matches] [MAXLEN len]} as Redis 7.0
 * answers it: options may repeat (the last wins), a negative RANK scans from the tail
 * (indexes are still reported from the head), COUNT 0 means all matches, and COUNT
 * switches the reply from an integer or null to an array.
 *
 * @author unikv authors
 */
final class ListPos {

    private ListPos() {
    }

    static Reply lpos(CommandContext ctx) {
        long rank = 1;
        long count = -1;
        long maxlen = 0;
        for (int i = 3; i < ctx.argc(); i++) {
            boolean more = i + 1 < ctx.argc();
            if (more && ctx.is(i, "RANK")) {
                rank = ctx.longArg(++i);
                if (rank == 0) {
                    throw new RedisError(Errors.LPOS_RANK_ZERO);
                }
            }
            else if (more && ctx.is(i, "COUNT")) {
                count = nonNegative(ctx, ++i, Errors.LPOS_COUNT_NEGATIVE);
            }
            else if (more && ctx.is(i, "MAXLEN")) {
                maxlen = nonNegative(ctx, ++i, Errors.LPOS_MAXLEN_NEGATIVE);
            }
            else {
                throw ctx.syntaxError();
            }
        }
        boolean fromTail = rank < 0;
        // Negating Long.MIN_VALUE leaves it negative, as in Redis: every match then
        // qualifies and COUNT never stops the scan. Java's wrap-around reproduces that.
        rank = fromTail ? -rank : rank;
        ListValue list = ListCommands.list(ctx.db(), ctx.key(1));
        if (list == null) {
            return (count != -1) ? Reply.EMPTY_ARRAY : Reply.NULL;
        }
        byte[] element = ctx.arg(2);
        int size = list.size();
        List<Reply> found = new ArrayList<>();
        long matches = 0;
        for (int n = 0; n < size && (maxlen == 0 || n < maxlen); n++) {
            int index = fromTail ? size - 1 - n : n;
            if (!Arrays.equals(list.get(index), element) || ++matches < rank) {
                continue;
            }
            if (count == -1) {
                return Reply.integer(index);
            }
            found.add(Reply.integer(index));
            if (count != 0 && matches - rank + 1 >= count) {
                break;
            }
        }
        return (count == -1) ? Reply.NULL : Reply.array(found);
    }

    private static long nonNegative(CommandContext ctx, int index, String error) {
        long value = CommandContext.parseLong(ctx.arg(index), error);
        if (value < 0) {
            throw new RedisError(error);
        }
        return value;
    }

}
