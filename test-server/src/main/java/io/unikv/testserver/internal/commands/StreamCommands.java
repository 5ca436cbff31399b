package io.unikv.testserver.internal.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

import io.unikv.testserver.internal.engine.ByteKey;
import io.unikv.testserver.internal.engine.CommandContext;
import io.unikv.testserver.internal.engine.CommandSpec;
import io.unikv.testserver.internal.engine.CommandTable;
import io.unikv.testserver.internal.engine.Database;
import io.unikv.testserver.internal.engine.Errors;
import io.unikv.testserver.internal.engine.RedisError;
import io.unikv.testserver.internal.engine.Reply;
import io.unikv.testserver.internal.engine.StreamId;
import io.unikv.testserver.internal.engine.StreamValue;
import org.jspecify.annotations.Nullable;

import static io.unikv.testserver.internal.engine.CommandSpec.Flag.BLOCKING;
import static io.unikv.testserver.internal.engine.CommandSpec.Flag.DENYOOM;
import static io.unikv.testserver.internal.engine.CommandSpec.Flag.FAST;
import static io.unikv.testserver.internal.engine.CommandSpec.Flag.READONLY;
import static io.unikv.testserver.internal.engine.CommandSpec.Flag.WRITE;

/**
 * Streams: XADD, XLEN, XRANGE, XREVRANGE, XDEL, XTRIM and XSETID, as Redis 7.0 answers
 * them. Reading lives in {@link StreamRead}, consumer groups in {@link StreamGroups},
 * {@link StreamPending} and {@link StreamClaims}, XINFO in {@link StreamInfo}.
 *
 * @author unikv authors
 */
final class StreamCommands {

    private StreamCommands() {
    }

    static void register(CommandTable table) {
        table.register(CommandSpec.keys("xadd", -5, 1, 1, 1, StreamCommands::xadd, WRITE, DENYOOM, FAST),
                CommandSpec.keys("xlen", 2, 1, 1, 1, StreamCommands::xlen, READONLY, FAST),
                CommandSpec.keys("xrange", -4, 1, 1, 1, (ctx) -> range(ctx, false), READONLY),
                CommandSpec.keys("xrevrange", -4, 1, 1, 1, (ctx) -> range(ctx, true), READONLY),
                CommandSpec.keys("xdel", -3, 1, 1, 1, StreamCommands::xdel, WRITE, FAST),
                CommandSpec.keys("xtrim", -4, 1, 1, 1, StreamCommands::xtrim, WRITE),
                CommandSpec.keys("xsetid", -3, 1, 1, 1, StreamCommands::xsetid, WRITE, DENYOOM, FAST),
                CommandSpec.keys("xread", -4, 0, 0, 0, (ctx) -> StreamRead.read(ctx, false), READONLY, BLOCKING),
                CommandSpec.keys("xreadgroup", -7, 0, 0, 0, (ctx) -> StreamRead.read(ctx, true), WRITE, BLOCKING),
                CommandSpec.keys("xgroup", -2, 0, 0, 0, StreamGroups::xgroup),
                CommandSpec.keys("xack", -4, 1, 1, 1, StreamGroups::xack, WRITE, FAST),
                CommandSpec.keys("xpending", -3, 1, 1, 1, StreamPending::xpending, READONLY),
                CommandSpec.keys("xclaim", -6, 1, 1, 1, StreamClaims::xclaim, WRITE, FAST),
                CommandSpec.keys("xautoclaim", -6, 1, 1, 1, StreamClaims::xautoclaim, WRITE, FAST),
                CommandSpec.keys("xinfo", -2, 0, 0, 0, StreamInfo::xinfo));
    }

    /**
     * Return the stream under a key.
     * @param db the database
     * @param key the key
     * @return the stream, or {@code null} if the key does not exist
     * @throws RedisError {@link Errors#WRONGTYPE}
     */
    static @Nullable StreamValue stream(Database db, ByteKey key) {
        return db.get(key, StreamValue.class);
    }

    /**
     * An entry as Redis sends it: its ID and its fields and values.
     * @param id the ID
     * @param fields alternating fields and values
     * @return the reply
     */
    static Reply entry(StreamId id, byte[][] fields) {
        return Reply.array(List.of(id(id), Reply.bulks(List.of(fields))));
    }

    /**
     * Entries as Redis sends them.
     * @param entries the entries in order
     * @param count the most to send, 0 for all
     * @return the reply
     */
    static Reply entries(Iterable<Map.Entry<StreamId, byte[][]>> entries, long count) {
        List<Reply> items = new ArrayList<>();
        for (Map.Entry<StreamId, byte[][]> entry : entries) {
            if (count > 0 && items.size() >= count) {
                break;
            }
            items.add(entry(entry.getKey(), entry.getValue()));
        }
        return Reply.array(items);
    }

    /**
     * An ID as a bulk string.
     * @param id the ID
     * @return the reply
     */
    static Reply id(StreamId id) {
        return Reply.bulk(id.toString());
    }

    private static @Nullable Reply xadd(CommandContext ctx) {
        StreamTrim options = StreamTrim.parse(ctx, 2, true);
        int fieldsAt = options.idIndex() + 1;
        int fieldCount = ctx.argc() - fieldsAt;
        if (fieldCount < 2 || fieldCount % 2 == 1) {
            throw new RedisError(Errors.arity("xadd"));
        }
        StreamIds.AddId given = options.id();
        if (given != null && given.seqGiven() && given.id().isZero()) {
            throw new RedisError(Errors.STREAM_ID_ZERO);
        }
        Database db = ctx.db();
        ByteKey key = ctx.key(1);
        StreamValue stream = stream(db, key);
        if (stream == null) {
            if (options.noMkStream()) {
                return Reply.NULL;
            }
            stream = new StreamValue();
            db.set(key, stream);
        }
        StreamId last = stream.lastId();
        if (last.equals(StreamId.MAX)) {
            throw new RedisError(Errors.STREAM_EXHAUSTED);
        }
        StreamId id = nextId(ctx, last, given);
        byte[][] fields = new byte[fieldCount][];
        System.arraycopy(ctx.args(), fieldsAt, fields, 0, fieldCount);
        stream.append(id, fields);
        if (options.trims()) {
            options.apply(stream);
        }
        db.modified(key);
        return id(id);
    }

    private static StreamId nextId(CommandContext ctx, StreamId last, StreamIds.@Nullable AddId given) {
        StreamId id;
        if (given == null) {
            long now = ctx.now();
            id = (Long.compareUnsigned(now, last.ms()) > 0) ? new StreamId(now, 0) : last.next();
        }
        else if (given.seqGiven() || given.id().ms() != last.ms()) {
            id = given.id();
        }
        else {
            id = (last.seq() == -1) ? null : last.next();
        }
        if (id == null || !id.after(last)) {
            throw new RedisError(Errors.STREAM_ID_TOO_SMALL);
        }
        return id;
    }

    private static Reply xlen(CommandContext ctx) {
        StreamValue stream = stream(ctx.db(), ctx.key(1));
        return Reply.integer((stream != null) ? stream.length() : 0);
    }

    private static Reply range(CommandContext ctx, boolean reverse) {
        StreamId start = StreamIds.rangeStart(ctx.arg(reverse ? 3 : 2));
        StreamId end = StreamIds.rangeEnd(ctx.arg(reverse ? 2 : 3));
        long count = -1;
        for (int i = 4; i < ctx.argc(); i++) {
            if (ctx.is(i, "COUNT") && i + 1 < ctx.argc()) {
                count = Math.max(0, ctx.longArg(++i));
            }
            else {
                throw ctx.syntaxError();
            }
        }
        StreamValue stream = stream(ctx.db(), ctx.key(1));
        if (stream == null) {
            return Reply.EMPTY_ARRAY;
        }
        if (count == 0) {
            return Reply.NULL_ARRAY;
        }
        if (start.compareTo(end) > 0) {
            return Reply.EMPTY_ARRAY;
        }
        NavigableMap<StreamId, byte[][]> slice = stream.entries().subMap(start, true, end, true);
        return entries((reverse ? slice.descendingMap() : slice).entrySet(), Math.max(0, count));
    }

    private static Reply xdel(CommandContext ctx) {
        Database db = ctx.db();
        ByteKey key = ctx.key(1);
        StreamValue stream = stream(db, key);
        if (stream == null) {
            return Reply.ZERO;
        }
        List<StreamId> ids = new ArrayList<>();
        for (int i = 2; i < ctx.argc(); i++) {
            ids.add(StreamIds.strict(ctx.arg(i)));
        }
        int deleted = stream.delete(ids);
        if (deleted > 0) {
            db.modified(key);
        }
        return Reply.integer(deleted);
    }

    private static Reply xtrim(CommandContext ctx) {
        StreamTrim options = StreamTrim.parse(ctx, 2, false);
        Database db = ctx.db();
        ByteKey key = ctx.key(1);
        StreamValue stream = stream(db, key);
        if (stream == null) {
            return Reply.ZERO;
        }
        long deleted = options.apply(stream);
        if (deleted > 0) {
            db.modified(key);
        }
        return Reply.integer(deleted);
    }

    private static Reply xsetid(CommandContext ctx) {
        StreamId id = StreamIds.strict(ctx.arg(2));
        long added = -1;
        StreamId maxDeleted = StreamId.MIN;
        for (int i = 3; i < ctx.argc(); i++) {
            boolean more = i + 1 < ctx.argc();
            if (ctx.is(i, "ENTRIESADDED") && more) {
                added = ctx.longArg(++i);
                if (added < 0) {
                    throw new RedisError(Errors.XSETID_ENTRIES_ADDED_NEGATIVE);
                }
            }
            else if (ctx.is(i, "MAXDELETEDID") && more) {
                maxDeleted = StreamIds.strict(ctx.arg(++i));
                if (id.compareTo(maxDeleted) < 0) {
                    throw new RedisError(Errors.XSETID_BELOW_GIVEN_MAX_DELETED);
                }
            }
            else {
                throw ctx.syntaxError();
            }
        }
        Database db = ctx.db();
        ByteKey key = ctx.key(1);
        StreamValue stream = stream(db, key);
        if (stream == null) {
            throw new RedisError(Errors.NO_SUCH_KEY);
        }
        if (stream.length() > 0) {
            if (id.compareTo(stream.lastValidId()) < 0) {
                throw new RedisError(Errors.XSETID_BELOW_TOP);
            }
            if (added != -1 && stream.length() > added) {
                throw new RedisError(Errors.XSETID_ENTRIES_ADDED_SMALL);
            }
        }
        stream.setCounters(id, added, maxDeleted);
        db.touched(key);
        return Reply.OK;
    }

}
