package io.unikv.testserver.internal.commands;

import io.unikv.testserver.internal.engine.ByteKey;
import io.unikv.testserver.internal.engine.CommandContext;
import io.unikv.testserver.internal.engine.CommandSpec;
import io.unikv.testserver.internal.engine.CommandTable;
import io.unikv.testserver.internal.engine.Database;
import io.unikv.testserver.internal.engine.Errors;
import io.unikv.testserver.internal.engine.ListValue;
import io.unikv.testserver.internal.engine.RedisError;
import io.unikv.testserver.internal.engine.Reply;
import org.jspecify.annotations.Nullable;

import static io.unikv.testserver.internal.engine.CommandSpec.Flag.BLOCKING;
import static io.unikv.testserver.internal.engine.CommandSpec.Flag.DENYOOM;
import static io.unikv.testserver.internal.engine.CommandSpec.Flag.FAST;
import static io.unikv.testserver.internal.engine.CommandSpec.Flag.NOSCRIPT;
import static io.unikv.testserver.internal.engine.CommandSpec.Flag.READONLY;
import static io.unikv.testserver.internal.engine.CommandSpec.Flag.WRITE;

/**
 * Lists: LPUSH, RPUSH, LPUSHX, RPUSHX, LPOP, RPOP, LLEN, LINDEX and LRANGE here; LSET,
 * LINSERT, LREM and LTRIM in {@link ListEdits}; LPOS in {@link ListPos}; LMOVE, RPOPLPUSH
 * and LMPOP in {@link ListMoves}; BLPOP, BRPOP, BLMOVE, BRPOPLPUSH and BLMPOP in
 * {@link ListBlocking}. Replies and errors are Redis 7.0's; lists that become empty are
 * deleted.
 *
 * @author unikv authors
 */
final class ListCommands {

    private ListCommands() {
    }

    static void register(CommandTable table) {
        table.register(CommandSpec.keys("lpush", -3, 1, 1, 1, (ctx) -> push(ctx, true, false), WRITE, DENYOOM, FAST),
                CommandSpec.keys("rpush", -3, 1, 1, 1, (ctx) -> push(ctx, false, false), WRITE, DENYOOM, FAST),
                CommandSpec.keys("lpushx", -3, 1, 1, 1, (ctx) -> push(ctx, true, true), WRITE, DENYOOM, FAST),
                CommandSpec.keys("rpushx", -3, 1, 1, 1, (ctx) -> push(ctx, false, true), WRITE, DENYOOM, FAST),
                CommandSpec.keys("lpop", -2, 1, 1, 1, (ctx) -> pop(ctx, true), WRITE, FAST),
                CommandSpec.keys("rpop", -2, 1, 1, 1, (ctx) -> pop(ctx, false), WRITE, FAST),
                CommandSpec.keys("llen", 2, 1, 1, 1, ListCommands::llen, READONLY, FAST),
                CommandSpec.keys("lindex", 3, 1, 1, 1, ListCommands::lindex, READONLY),
                CommandSpec.keys("lrange", 4, 1, 1, 1, ListCommands::lrange, READONLY),
                CommandSpec.keys("lset", 4, 1, 1, 1, ListEdits::lset, WRITE, DENYOOM),
                CommandSpec.keys("linsert", 5, 1, 1, 1, ListEdits::linsert, WRITE, DENYOOM),
                CommandSpec.keys("lrem", 4, 1, 1, 1, ListEdits::lrem, WRITE),
                CommandSpec.keys("ltrim", 4, 1, 1, 1, ListEdits::ltrim, WRITE),
                CommandSpec.keys("lpos", -3, 1, 1, 1, ListPos::lpos, READONLY),
                CommandSpec.keys("lmove", 5, 1, 2, 1, ListMoves::lmove, WRITE, DENYOOM),
                CommandSpec.keys("rpoplpush", 3, 1, 2, 1, ListMoves::rpoplpush, WRITE, DENYOOM),
                // Redis reports first/last key 0 for the numkeys commands (movablekeys).
                CommandSpec.of("lmpop", -4, ListMoves::lmpop, WRITE),
                CommandSpec.keys("blpop", -3, 1, -2, 1, (ctx) -> ListBlocking.bpop(ctx, true), WRITE, NOSCRIPT,
                        BLOCKING),
                CommandSpec.keys("brpop", -3, 1, -2, 1, (ctx) -> ListBlocking.bpop(ctx, false), WRITE, NOSCRIPT,
                        BLOCKING),
                CommandSpec.keys("blmove", 6, 1, 2, 1, ListBlocking::blmove, WRITE, DENYOOM, NOSCRIPT, BLOCKING),
                CommandSpec.keys("brpoplpush", 4, 1, 2, 1, ListBlocking::brpoplpush, WRITE, DENYOOM, NOSCRIPT,
                        BLOCKING),
                CommandSpec.of("blmpop", -5, ListBlocking::blmpop, WRITE, BLOCKING));
    }

    /**
     * Return the list under a key.
     * @param db the database
     * @param key the key
     * @return the list, or {@code null} if the key does not exist
     * @throws RedisError {@link Errors#WRONGTYPE}
     */
    static @Nullable ListValue list(Database db, ByteKey key) {
        return db.get(key, ListValue.class);
    }

    /**
     * Parse {@code LEFT} or {@code RIGHT}.
     * @param ctx the command
     * @param index the argument position
     * @return {@code true} for LEFT (the head)
     * @throws RedisError {@link Errors#SYNTAX}
     */
    static boolean isLeft(CommandContext ctx, int index) {
        return switch (ctx.option(index)) {
            case "LEFT" -> true;
            case "RIGHT" -> false;
            default -> throw ctx.syntaxError();
        };
    }

    /**
     * Pop elements from a list and delete its key if it becomes empty.
     * @param db the database
     * @param key the key
     * @param list its list, not empty
     * @param head whether to pop from the head
     * @param count how many at most
     * @return the popped elements as an array reply
     */
    static Reply popMany(Database db, ByteKey key, ListValue list, boolean head, long count) {
        Reply reply = Reply.bulks(list.remove(head, count));
        db.deleteIfEmpty(key, list.isEmpty());
        return reply;
    }

    /**
     * Push an element, creating the list if needed, and signal the change (which wakes
     * clients blocked on the key).
     * @param db the database
     * @param key the key
     * @param list its list, or {@code null} to create it
     * @param element the element
     * @param head whether to push at the head
     */
    static void pushOne(Database db, ByteKey key, @Nullable ListValue list, byte[] element, boolean head) {
        ListValue target = (list != null) ? list : new ListValue();
        target.add(element, head);
        stored(db, key, list, target);
    }

    private static void stored(Database db, ByteKey key, @Nullable ListValue existing, ListValue list) {
        if (existing == null) {
            db.set(key, list);
        }
        else {
            db.modified(key);
        }
    }

    private static Reply push(CommandContext ctx, boolean head, boolean onlyExisting) {
        Database db = ctx.db();
        ByteKey key = ctx.key(1);
        ListValue list = list(db, key);
        if (list == null && onlyExisting) {
            return Reply.ZERO;
        }
        ListValue target = (list != null) ? list : new ListValue();
        for (int i = 2; i < ctx.argc(); i++) {
            target.add(ctx.arg(i), head);
        }
        stored(db, key, list, target);
        return Reply.integer(target.size());
    }

    private static Reply pop(CommandContext ctx, boolean head) {
        if (ctx.argc() > 3) {
            throw new RedisError(Errors.arity(ctx.commandName()));
        }
        boolean hasCount = ctx.argc() == 3;
        long count = 0;
        if (hasCount) {
            count = CommandContext.parseLong(ctx.arg(2), Errors.MUST_BE_POSITIVE);
            if (count < 0) {
                throw new RedisError(Errors.MUST_BE_POSITIVE);
            }
        }
        Database db = ctx.db();
        ByteKey key = ctx.key(1);
        ListValue list = list(db, key);
        if (list == null) {
            return hasCount ? Reply.NULL_ARRAY : Reply.NULL;
        }
        if (!hasCount) {
            byte[] element = list.remove(head);
            db.deleteIfEmpty(key, list.isEmpty());
            return Reply.bulk(element);
        }
        return (count == 0) ? Reply.EMPTY_ARRAY : popMany(db, key, list, head, count);
    }

    private static Reply llen(CommandContext ctx) {
        ListValue list = list(ctx.db(), ctx.key(1));
        return Reply.integer((list != null) ? list.size() : 0);
    }

    private static Reply lindex(CommandContext ctx) {
        ListValue list = list(ctx.db(), ctx.key(1));
        if (list == null) {
            return Reply.NULL;
        }
        long index = ctx.longArg(2);
        if (index < 0) {
            index += list.size();
        }
        return (index < 0 || index >= list.size()) ? Reply.NULL : Reply.bulk(list.get((int) index));
    }

    private static Reply lrange(CommandContext ctx) {
        long start = ctx.longArg(2);
        long end = ctx.longArg(3);
        ListValue list = list(ctx.db(), ctx.key(1));
        if (list == null) {
            return Reply.EMPTY_ARRAY;
        }
        int size = list.size();
        start = (start < 0) ? Math.max(0, start + size) : start;
        end = (end < 0) ? end + size : Math.min(end, size - 1);
        if (start > end || start >= size) {
            return Reply.EMPTY_ARRAY;
        }
        return Reply.bulks(list.range((int) start, (int) end));
    }

}
