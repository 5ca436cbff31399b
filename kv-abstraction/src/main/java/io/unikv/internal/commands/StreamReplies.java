package io.unikv.internal.commands;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.unikv.commands.AutoClaimResult;
import io.unikv.commands.PendingEntry;
import io.unikv.commands.PendingSummary;
import io.unikv.commands.StreamConsumerInfo;
import io.unikv.commands.StreamEntry;
import io.unikv.commands.StreamGroupInfo;
import io.unikv.commands.StreamInfo;
import io.unikv.internal.Converters;
import io.unikv.transport.Reply;
import org.jspecify.annotations.Nullable;

/**
 * Stream reply shapes, accepting RESP2 (arrays, flat key-value arrays) and RESP3 (maps)
 * alike, and the extra fields newer Redis versions add to XINFO replies.
 *
 * @author unikv authors
 */
final class StreamReplies {

    private StreamReplies() {
    }

    /**
     * One entry, {@code [id, [field, value, ...]]}; the fields are nil for a deleted
     * entry still pending.
     * @param reply the reply
     * @return the entry
     */
    static StreamEntry entry(Reply reply) {
        List<Reply> parts = reply.asList();
        Map<String, String> fields = new LinkedHashMap<>();
        if (parts.size() > 1) {
            Reply values = parts.get(1);
            if (values instanceof Reply.MapReply map) {
                map.entries().forEach((k, v) -> fields.put(k.asString(), v.asString()));
            }
            else {
                List<Reply> items = values.asList();
                for (int i = 0; i + 1 < items.size(); i += 2) {
                    fields.put(items.get(i).asString(), items.get(i + 1).asString());
                }
            }
        }
        return new StreamEntry(parts.get(0).asString(), fields);
    }

    static Function<Reply, List<StreamEntry>> entries() {
        return Converters.list(StreamReplies::entry);
    }

    /**
     * XREAD and XREADGROUP: a RESP3 map of stream to entries, a RESP2 array of
     * {@code [stream, entries]} pairs, or nil.
     * @return the converter
     */
    static Function<Reply, Map<String, List<StreamEntry>>> streams() {
        return (reply) -> {
            Map<String, List<StreamEntry>> result = new LinkedHashMap<>();
            if (reply.throwIfError() instanceof Reply.MapReply map) {
                map.entries().forEach((k, v) -> result.put(k.asString(), entries().apply(v)));
                return result;
            }
            for (Reply pair : reply.asList()) {
                List<Reply> parts = pair.asList();
                result.put(parts.get(0).asString(), entries().apply(parts.get(1)));
            }
            return result;
        };
    }

    static Function<Reply, PendingSummary> pendingSummary() {
        return (reply) -> {
            List<Reply> parts = reply.asList();
            Map<String, Long> consumers = new LinkedHashMap<>();
            for (Reply consumer : parts.get(3).asList()) {
                List<Reply> pair = consumer.asList();
                consumers.put(pair.get(0).asString(), pair.get(1).asLong());
            }
            return new PendingSummary(parts.get(0).asLong(), parts.get(1).asString(), parts.get(2).asString(),
                    consumers);
        };
    }

    static Function<Reply, List<PendingEntry>> pendingEntries() {
        return Converters.list((item) -> {
            List<Reply> parts = item.asList();
            return new PendingEntry(parts.get(0).asString(), parts.get(1).asString(),
                    Duration.ofMillis(parts.get(2).asLong()), parts.get(3).asLong());
        });
    }

    static Function<Reply, AutoClaimResult> autoClaim() {
        return (reply) -> {
            List<Reply> parts = reply.asList();
            List<StreamEntry> claimed = new ArrayList<>();
            for (Reply item : parts.get(1).asList()) {
                // an entry deleted between the scan and the reply comes back as nil
                // (Redis 6.2)
                if (!item.isNil()) {
                    claimed.add(entry(item));
                }
            }
            List<String> deleted = (parts.size() > 2) ? Converters.list(Reply::asString).apply(parts.get(2))
                    : List.of();
            return new AutoClaimResult(parts.get(0).asString(), claimed, deleted);
        };
    }

    static Function<Reply, StreamInfo> streamInfo() {
        return (reply) -> {
            Map<String, Reply> fields = Converters.map(Function.identity()).apply(reply);
            return new StreamInfo(number(fields, "length"), number(fields, "radix-tree-keys"),
                    number(fields, "radix-tree-nodes"), text(fields, "last-generated-id"),
                    text(fields, "max-deleted-entry-id"), number(fields, "entries-added"),
                    text(fields, "recorded-first-entry-id"), number(fields, "groups"), edge(fields.get("first-entry")),
                    edge(fields.get("last-entry")));
        };
    }

    static Function<Reply, List<StreamGroupInfo>> groups() {
        return Converters.list((item) -> {
            Map<String, Reply> fields = Converters.map(Function.identity()).apply(item);
            return new StreamGroupInfo(text(fields, "name"), number(fields, "consumers"), number(fields, "pending"),
                    text(fields, "last-delivered-id"), optionalNumber(fields, "entries-read"),
                    optionalNumber(fields, "lag"));
        });
    }

    static Function<Reply, List<StreamConsumerInfo>> consumers() {
        return Converters.list((item) -> {
            Map<String, Reply> fields = Converters.map(Function.identity()).apply(item);
            return new StreamConsumerInfo(text(fields, "name"), number(fields, "pending"),
                    Duration.ofMillis(number(fields, "idle")));
        });
    }

    private static @Nullable StreamEntry edge(@Nullable Reply reply) {
        return (reply == null || reply.isNil()) ? null : entry(reply);
    }

    private static long number(Map<String, Reply> fields, String name) {
        Reply value = fields.get(name);
        return (value != null) ? value.asLong() : 0;
    }

    private static @Nullable Long optionalNumber(Map<String, Reply> fields, String name) {
        Reply value = fields.get(name);
        return (value == null || value.isNil()) ? null : value.asLong();
    }

    private static String text(Map<String, Reply> fields, String name) {
        Reply value = fields.get(name);
        String text = (value != null) ? value.asString() : null;
        return (text != null) ? text : "";
    }

}
