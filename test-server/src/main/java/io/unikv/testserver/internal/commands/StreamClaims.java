package io.unikv.testserver.internal.commands;

import java.util.ArrayList;
import java.util.List;

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
 * Claiming pending entries: XCLAIM and XAUTOCLAIM (with Redis 7.0's third reply element,
 * the IDs it dropped from the PEL because their entries were deleted; those count against
 * COUNT). Idle times use the engine clock.
 *
 * @author unikv authors
 */
final class StreamClaims {

    private static final long AUTOCLAIM_MAX_COUNT = Long.MAX_VALUE / 16;

    private StreamClaims() {
    }

    static Reply xclaim(CommandContext ctx) {
        Database db = ctx.db();
        ByteKey key = ctx.key(1);
        StreamGroup group = StreamPending.group(ctx);
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
        db.touched(key);
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
        StreamGroup group = StreamPending.group(ctx);
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
        db.touched(key);
        return Reply.array(List.of(StreamCommands.id((next != null) ? next : StreamId.MIN), Reply.array(claimed),
                Reply.array(deleted)));
    }

}
