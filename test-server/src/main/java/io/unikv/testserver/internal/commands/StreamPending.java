package io.unikv.testserver.internal.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

import io.unikv.testserver.internal.engine.CommandContext;
import io.unikv.testserver.internal.engine.Errors;
import io.unikv.testserver.internal.engine.RedisError;
import io.unikv.testserver.internal.engine.Reply;
import io.unikv.testserver.internal.engine.StreamGroup;
import io.unikv.testserver.internal.engine.StreamId;
import io.unikv.testserver.internal.engine.StreamValue;

/**
 * XPENDING, summary and extended forms, with idle times on the engine clock. Claiming
 * lives in {@link StreamClaims}.
 *
 * @author unikv authors
 */
final class StreamPending {

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

    static StreamGroup group(CommandContext ctx) {
        StreamValue stream = StreamCommands.stream(ctx.db(), ctx.key(1));
        StreamGroup group = (stream != null) ? stream.group(ctx.arg(2)) : null;
        if (group == null) {
            throw new RedisError(Errors.noGroupOrKey(ctx.text(1), ctx.text(2), ""));
        }
        return group;
    }

}
