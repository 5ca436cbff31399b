package io.unikv.testserver.internal.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

import io.unikv.testserver.internal.engine.ByteKey;
import io.unikv.testserver.internal.engine.CommandContext;
import io.unikv.testserver.internal.engine.Database;
import io.unikv.testserver.internal.engine.Errors;
import io.unikv.testserver.internal.engine.RedisError;
import io.unikv.testserver.internal.engine.Reply;
import io.unikv.testserver.internal.engine.StreamGroup;
import io.unikv.testserver.internal.engine.StreamId;
import io.unikv.testserver.internal.engine.StreamValue;

/**
 * Pending entries: XPENDING (summary and extended forms), XCLAIM and XAUTOCLAIM (with
 * Redis 7.0's third reply element, the IDs it dropped from the PEL because their entries
 * were deleted). Idle times use the engine clock.
 *
 * @author unikv authors
 */
final class StreamPending {

    private static final long AUTOCLAIM_MAX_COUNT = Long.MAX_VALUE / 16;

    private StreamPending() {
    }

    static Reply xpending(CommandContext ctx) {
        int argc = ctx.argc();
        if (argc != 3 && (argc < 6 || argc > 9)) {
            throw ctx.syntaxError();
        }
        long minIdle = 0;
        long count = 0;
        StreamId start = StreamId.MIN;
        StreamId end = StreamId.MAX;
        byte[] consumerName = null;
        if (argc >= 6) {
            int at = 3;
            if (ctx.is(3, "IDLE")) {
                minIdle = ctx.longArg(4);
                if (argc < 8) {
                    throw ctx.syntaxError();
                }
                at += 2;
            }
            count = Math.max(0, ctx.longArg(at + 2));
            start = StreamIds.rangeStart(ctx.arg(at));
            end = StreamIds.rangeEnd(ctx.arg(at + 1));
            if (at + 3 < argc) {
                consumerName = ctx.arg(at + 3);
            }
        }
        StreamGroup group = group(ctx);
        if (argc == 3) {
            return summary(group);
        }
        NavigableMap<StreamId, StreamGroup.Pending> pel = group.pel();
        if (consumerName != null) {
            StreamGroup.Consumer consumer = group.consumer(consumerName);
            if (consumer == null) {
                return Reply.EMPTY_ARRAY;
            }
            pel = consumer.pel();
        }
        long now = ctx.now();
        List<Reply> items = new ArrayList<>();
        if (start.compareTo(end) <= 0) {
            for (Map.Entry<StreamId, StreamGroup.Pending> entry : pel.subMap(start, true, end, true).entrySet()) {
                if (count == 0) {
                    break;
                }
                StreamGroup.Pending pending = entry.getValue();
                long idle = now - pending.deliveryTime();
                if (minIdle != 0 && idle < minIdle) {
                    continue;
                }
                count--;
                items.add(Reply.array(List.of(StreamCommands.id(entry.getKey()), Reply.bulk(pending.consumer().name()),
                        Reply.integer(Math.max(0, idle)), Reply.integer(pending.deliveryCount()))));
            }
        }
        return Reply.array(items);
    }

    private static Reply summary(StreamGroup group) {
        if (group.pel().isEmpty()) {
            return Reply.array(List.of(Reply.ZERO, Reply.NULL, Reply.NULL, Reply.NULL_ARRAY));
        }
        List<Reply> consumers = new ArrayList<>();
        for (StreamGroup.Consumer consumer : group.consumers().values()) {
            if (!consumer.pel().isEmpty()) {
                consumers.add(Reply
                    .array(List.of(Reply.bulk(consumer.name()), Reply.bulk(Integer.toString(consumer.pel().size())))));
            }
        }
        return Reply.array(List.of(Reply.integer(group.pel().size()), StreamCommands.id(group.pel().firstKey()),
                StreamCommands.id(group.pel().lastKey()), Reply.array(consumers)));
    }

    private static StreamGroup group(CommandContext ctx) {
        StreamValue stream = StreamCommands.stream(ctx.db(), ctx.key(1));
        StreamGroup group = (stream != null) ? stream.group(ctx.arg(2)) : null;
        if (group == null) {
            throw new RedisError(Errors.noGroupOrKey(ctx.text(1), ctx.text(2), ""));
        }
        return group;
    }

    static Reply xclaim(CommandContext ctx) {
        Database db = ctx.db();
        ByteKey key = ctx.key(1);
        StreamGroup group = group(ctx);
        StreamValue stream = StreamCommands.stream(db, key);
        long minIdle = Math.max(0, CommandContext.parseLong(ctx.arg(4), Errors.XCLAIM_MIN_IDLE));
        List<StreamId> ids = new ArrayList<>();
        int j = 5;
        for (; j < ctx.argc(); j++) {
            StreamId id = StreamIds.tryStrict(ctx.arg(j));
            if (id == null) {
                break;
            }
            ids.add(id);
        }
        long now = ctx.now();
        long deliveryTime = -1;
        long retryCount = -1;
        boolean force = false;
        boolean justId = false;
        StreamId lastId = StreamId.MIN;
        for (; j < ctx.argc(); j++) {
            boolean more = j + 1 < ctx.argc();
            if (ctx.is(j, "FORCE")) {
                force = true;
            }
            else if (ctx.is(j, "JUSTID")) {
                justId = true;
            }
            else if (ctx.is(j, "IDLE") && more) {
                deliveryTime = now - CommandContext.parseLong(ctx.arg(++j), Errors.XCLAIM_IDLE);
            }
            else if (ctx.is(j, "TIME") && more) {
                deliveryTime = CommandContext.parseLong(ctx.arg(++j), Errors.XCLAIM_TIME);
            }
            else if (ctx.is(j, "RETRYCOUNT") && more) {
                retryCount = CommandContext.parseLong(ctx.arg(++j), Errors.XCLAIM_RETRYCOUNT);
            }
            else if (ctx.is(j, "LASTID") && more) {
                lastId = StreamIds.strict(ctx.arg(++j));
            }
            else {
                throw new RedisError(Errors.xclaimOption(ctx.text(j)));
            }
        }
        if (lastId.after(group.lastId())) {
            group.lastId(lastId);
        }
        if (deliveryTime == -1 || deliveryTime < 0 || deliveryTime > now) {
            deliveryTime = now;
        }
        List<Reply> items = new ArrayList<>();
        StreamGroup.Consumer consumer = null;
        for (StreamId id : ids) {
            StreamGroup.Pending pending = group.pel().get(id);
            byte[][] fields = stream.entries().get(id);
            if (fields == null) {
                if (pending != null) {
                    group.ack(id);
                }
                continue;
            }
            boolean created = false;
            if (pending == null) {
                if (!force) {
                    continue;
                }
                created = true;
            }
            else if (minIdle != 0 && now - pending.deliveryTime() < minIdle) {
                continue;
            }
            if (consumer == null) {
                consumer = group.seen(ctx.arg(3), now);
            }
            pending = group.assign(id, consumer);
            long deliveries = created ? 1 : pending.deliveryCount();
            if (retryCount >= 0) {
                deliveries = retryCount;
            }
            else if (!justId) {
                deliveries++;
            }
            pending.delivered(deliveryTime, deliveries);
            items.add(justId ? StreamCommands.id(id) : StreamCommands.entry(id, fields));
        }
        db.modified(key);
        return Reply.array(items);
    }

    static Reply xautoclaim(CommandContext ctx) {
        long minIdle = Math.max(0, CommandContext.parseLong(ctx.arg(4), Errors.XAUTOCLAIM_MIN_IDLE));
        StreamId start = StreamIds.rangeStart(ctx.arg(5));
        long count = 100;
        boolean justId = false;
        for (int j = 6; j < ctx.argc(); j++) {
            if (ctx.is(j, "COUNT") && j + 1 < ctx.argc()) {
                count = CommandContext.parseLong(ctx.arg(++j), Errors.XAUTOCLAIM_COUNT);
                if (count < 1 || count > AUTOCLAIM_MAX_COUNT) {
                    throw new RedisError(Errors.XAUTOCLAIM_COUNT);
                }
            }
            else if (ctx.is(j, "JUSTID")) {
                justId = true;
            }
            else {
                throw ctx.syntaxError();
            }
        }
        Database db = ctx.db();
        ByteKey key = ctx.key(1);
        StreamGroup group = group(ctx);
        StreamValue stream = StreamCommands.stream(db, key);
        long attempts = count * 10;
        long now = ctx.now();
        List<Reply> claimed = new ArrayList<>();
        List<Reply> deleted = new ArrayList<>();
        StreamGroup.Consumer consumer = null;
        StreamId examined = null;
        for (StreamId id : new ArrayList<>(group.pel().tailMap(start, true).keySet())) {
            if (attempts-- == 0 || count == 0) {
                break;
            }
            examined = id;
            StreamGroup.Pending pending = group.pel().get(id);
            byte[][] fields = stream.entries().get(id);
            if (fields == null) {
                group.ack(id);
                deleted.add(StreamCommands.id(id));
                // deleted entries count against COUNT too: it bounds the reply's size
                count--;
                continue;
            }
            if (minIdle != 0 && now - pending.deliveryTime() < minIdle) {
                continue;
            }
            if (consumer == null) {
                consumer = group.seen(ctx.arg(3), now);
            }
            group.assign(id, consumer).delivered(now, pending.deliveryCount() + (justId ? 0 : 1));
            claimed.add(justId ? StreamCommands.id(id) : StreamCommands.entry(id, fields));
            count--;
        }
        StreamId next = (examined != null) ? group.pel().higherKey(examined) : null;
        db.modified(key);
        return Reply.array(List.of(StreamCommands.id((next != null) ? next : StreamId.MIN), Reply.array(claimed),
                Reply.array(deleted)));
    }

}
