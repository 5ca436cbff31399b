package io.unikv.testserver.internal.commands;

import io.unikv.testserver.internal.engine.ByteKey;
import io.unikv.testserver.internal.engine.CommandContext;
import io.unikv.testserver.internal.engine.Database;
import io.unikv.testserver.internal.engine.Errors;
import io.unikv.testserver.internal.engine.ListValue;
import io.unikv.testserver.internal.engine.RedisError;
import io.unikv.testserver.internal.engine.Reply;

/**
 * List edits in place: LSET, LINSERT, LREM and LTRIM, checking arguments and the key in
 * Redis 7.0's order (which decides which error wins).
 *
 * @author unikv authors
 */
final class ListEdits {

    private ListEdits() {
    }

    static Reply lset(CommandContext ctx) {
        Database db = ctx.db();
        ByteKey key = ctx.key(1);
        ListValue list = ListCommands.list(db, key);
        if (list == null) {
            throw new RedisError(Errors.NO_SUCH_KEY);
        }
        long index = ctx.longArg(2);
        if (index < 0) {
            index += list.size();
        }
        if (index < 0 || index >= list.size()) {
            throw new RedisError(Errors.INDEX_OUT_OF_RANGE);
        }
        list.set((int) index, ctx.arg(3));
        db.modified(key);
        return Reply.OK;
    }

    static Reply linsert(CommandContext ctx) {
        boolean before = switch (ctx.option(2)) {
            case "BEFORE" -> true;
            case "AFTER" -> false;
            default -> throw ctx.syntaxError();
        };
        Database db = ctx.db();
        ByteKey key = ctx.key(1);
        ListValue list = ListCommands.list(db, key);
        if (list == null) {
            return Reply.ZERO;
        }
        int pivot = list.indexOf(ctx.arg(3));
        if (pivot < 0) {
            return Reply.integer(-1);
        }
        list.insert(before ? pivot : pivot + 1, ctx.arg(4));
        db.modified(key);
        return Reply.integer(list.size());
    }

    static Reply lrem(CommandContext ctx) {
        long count = ctx.longArg(2);
        Database db = ctx.db();
        ByteKey key = ctx.key(1);
        ListValue list = ListCommands.list(db, key);
        if (list == null) {
            return Reply.ZERO;
        }
        // Long.MIN_VALUE has no positive counterpart; it still means "from the tail,
        // all".
        long limit = (count == Long.MIN_VALUE) ? 0 : Math.abs(count);
        int removed = list.removeEqual(ctx.arg(3), limit, count < 0);
        if (removed > 0) {
            db.deleteIfEmpty(key, list.isEmpty());
        }
        return Reply.integer(removed);
    }

    static Reply ltrim(CommandContext ctx) {
        long start = ctx.longArg(2);
        long end = ctx.longArg(3);
        Database db = ctx.db();
        ByteKey key = ctx.key(1);
        ListValue list = ListCommands.list(db, key);
        if (list == null) {
            return Reply.OK;
        }
        int size = list.size();
        start = (start < 0) ? Math.max(0, start + size) : start;
        end = (end < 0) ? end + size : Math.min(end, size - 1);
        if (start > end || start >= size) {
            list.retain(1, 0);
        }
        else {
            list.retain((int) start, (int) end);
        }
        db.deleteIfEmpty(key, list.isEmpty());
        return Reply.OK;
    }

}
