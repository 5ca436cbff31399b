package io.unikv.testserver.internal.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.unikv.testserver.internal.engine.ByteKey;
import io.unikv.testserver.internal.engine.CommandContext;
import io.unikv.testserver.internal.engine.Errors;
import io.unikv.testserver.internal.engine.RedisError;
import io.unikv.testserver.internal.engine.Reply;
import io.unikv.testserver.internal.engine.StreamGroup;
import io.unikv.testserver.internal.engine.StreamId;
import io.unikv.testserver.internal.engine.StreamValue;

/**
 * XINFO STREAM (plain and FULL), GROUPS, CONSUMERS and HELP with Redis 7.0's fields: maps
 * in RESP3, flat arrays in RESP2. Times come from the engine clock.
 *
 * @author unikv authors
 */
final class StreamInfo {

    private static final Map<String, Integer> ARITY = Map.of("CONSUMERS", 4, "GROUPS", 3, "STREAM", -3, "HELP", 2);

    private static final List<String> HELP = List.of("XINFO <subcommand> [<arg> [value] [opt] ...]. Subcommands are:",
            "CONSUMERS <key> <groupname>", "    Show consumers of <groupname>.", "GROUPS <key>",
            "    Show the stream consumer groups.", "STREAM <key> [FULL [COUNT <count>]",
            "    Show information about the stream.", "HELP", "    Prints this help.");

    private StreamInfo() {
    }

    static Reply xinfo(CommandContext ctx) {
        String sub = StreamGroups.subcommand(ctx, "xinfo", ARITY);
        if (sub.equals("HELP")) {
            return StreamGroups.help(HELP);
        }
        StreamValue stream = StreamCommands.stream(ctx.db(), ctx.key(2));
        if (stream == null) {
            throw new RedisError(Errors.NO_SUCH_KEY);
        }
        return switch (sub) {
            case "CONSUMERS" -> consumers(ctx, stream);
            case "GROUPS" -> groups(stream);
            default -> stream(ctx, stream);
        };
    }

    private static Reply consumers(CommandContext ctx, StreamValue stream) {
        StreamGroup group = stream.group(ctx.arg(3));
        if (group == null) {
            throw new RedisError(Errors.noGroup(ctx.text(3), ctx.text(2)));
        }
        long now = ctx.now();
        List<Reply> items = new ArrayList<>();
        for (StreamGroup.Consumer consumer : group.consumers().values()) {
            items.add(map("name", Reply.bulk(consumer.name()), "pending", Reply.integer(consumer.pel().size()), "idle",
                    Reply.integer(now - consumer.seenTime())));
        }
        return Reply.array(items);
    }

    private static Reply groups(StreamValue stream) {
        List<Reply> items = new ArrayList<>();
        for (Map.Entry<ByteKey, StreamGroup> entry : stream.groups().entrySet()) {
            StreamGroup group = entry.getValue();
            items.add(map("name", Reply.bulk(entry.getKey().bytes()), "consumers",
                    Reply.integer(group.consumers().size()), "pending", Reply.integer(group.pel().size()),
                    "last-delivered-id", StreamCommands.id(group.lastId()), "entries-read", entriesRead(group), "lag",
                    lag(stream, group)));
        }
        return Reply.array(items);
    }

    private static Reply stream(CommandContext ctx, StreamValue stream) {
        boolean full = ctx.argc() > 3;
        long count = 10;
        if (full) {
            if (!ctx.is(3, "FULL") || (ctx.argc() > 4 && (ctx.argc() != 6 || !ctx.is(4, "COUNT")))) {
                throw new RedisError(Errors.subcommandSyntax("xinfo", ctx.text(1)));
            }
            if (ctx.argc() == 6) {
                count = ctx.longArg(5);
                if (count < 0) {
                    count = 10;
                }
            }
        }
        List<Reply> items = new ArrayList<>();
        add(items, "length", Reply.integer(stream.length()));
        add(items, "radix-tree-keys", Reply.integer(stream.nodeCount()));
        add(items, "radix-tree-nodes", Reply.integer(stream.radixTreeNodes()));
        add(items, "last-generated-id", StreamCommands.id(stream.lastId()));
        add(items, "max-deleted-entry-id", StreamCommands.id(stream.maxDeletedId()));
        add(items, "entries-added", Reply.integer(stream.entriesAdded()));
        add(items, "recorded-first-entry-id", StreamCommands.id(stream.firstId()));
        if (!full) {
            add(items, "groups", Reply.integer(stream.groups().size()));
            add(items, "first-entry", edge(stream.entries().firstEntry()));
            add(items, "last-entry", edge(stream.entries().lastEntry()));
        }
        else {
            add(items, "entries", StreamCommands.entries(stream.entries().entrySet(), count));
            List<Reply> groups = new ArrayList<>();
            for (Map.Entry<ByteKey, StreamGroup> entry : stream.groups().entrySet()) {
                groups.add(fullGroup(stream, entry.getKey(), entry.getValue(), count));
            }
            add(items, "groups", Reply.array(groups));
        }
        return new Reply.MapReply(items);
    }

    private static Reply fullGroup(StreamValue stream, ByteKey name, StreamGroup group, long count) {
        List<Reply> pending = new ArrayList<>();
        for (Map.Entry<StreamId, StreamGroup.Pending> entry : group.pel().entrySet()) {
            if (count > 0 && pending.size() >= count) {
                break;
            }
            StreamGroup.Pending nack = entry.getValue();
            pending.add(Reply.array(List.of(StreamCommands.id(entry.getKey()), Reply.bulk(nack.consumer().name()),
                    Reply.integer(nack.deliveryTime()), Reply.integer(nack.deliveryCount()))));
        }
        List<Reply> consumers = new ArrayList<>();
        for (StreamGroup.Consumer consumer : group.consumers().values()) {
            List<Reply> own = new ArrayList<>();
            for (Map.Entry<StreamId, StreamGroup.Pending> entry : consumer.pel().entrySet()) {
                if (count > 0 && own.size() >= count) {
                    break;
                }
                own.add(Reply
                    .array(List.of(StreamCommands.id(entry.getKey()), Reply.integer(entry.getValue().deliveryTime()),
                            Reply.integer(entry.getValue().deliveryCount()))));
            }
            consumers.add(map("name", Reply.bulk(consumer.name()), "seen-time", Reply.integer(consumer.seenTime()),
                    "pel-count", Reply.integer(consumer.pel().size()), "pending", Reply.array(own)));
        }
        return map("name", Reply.bulk(name.bytes()), "last-delivered-id", StreamCommands.id(group.lastId()),
                "entries-read", entriesRead(group), "lag", lag(stream, group), "pel-count",
                Reply.integer(group.pel().size()), "pending", Reply.array(pending), "consumers",
                Reply.array(consumers));
    }

    private static Reply edge(Map.Entry<StreamId, byte[][]> entry) {
        return (entry != null) ? StreamCommands.entry(entry.getKey(), entry.getValue()) : Reply.NULL;
    }

    private static Reply entriesRead(StreamGroup group) {
        return (group.entriesRead() != -1) ? Reply.integer(group.entriesRead()) : Reply.NULL;
    }

    private static Reply lag(StreamValue stream, StreamGroup group) {
        Long lag = stream.lag(group);
        return (lag != null) ? Reply.integer(lag) : Reply.NULL;
    }

    private static void add(List<Reply> items, String name, Reply value) {
        items.add(Reply.bulk(name));
        items.add(value);
    }

    private static Reply map(Object... namesAndValues) {
        List<Reply> items = new ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            add(items, (String) namesAndValues[i], (Reply) namesAndValues[i + 1]);
        }
        return new Reply.MapReply(items);
    }

}
