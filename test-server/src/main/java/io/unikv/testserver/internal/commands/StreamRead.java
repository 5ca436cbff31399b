package io.unikv.testserver.internal.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.unikv.testserver.internal.engine.ByteKey;
import io.unikv.testserver.internal.engine.CommandContext;
import io.unikv.testserver.internal.engine.Database;
import io.unikv.testserver.internal.engine.Errors;
import io.unikv.testserver.internal.engine.RedisError;
import io.unikv.testserver.internal.engine.Reply;
import io.unikv.testserver.internal.engine.StreamGroup;
import io.unikv.testserver.internal.engine.StreamId;
import io.unikv.testserver.internal.engine.StreamValue;
import org.jspecify.annotations.Nullable;

/**
 * XREAD and XREADGROUP, blocking included: with something to serve they answer at once;
 * with BLOCK they wait (on the engine clock) until an XADD gives one of the streams an
 * entry past the requested ID ({@code $}: the last ID when the command ran; {@code >}:
 * the group's last delivered ID when woken), then answer for that stream alone, at most
 * COUNT entries (1000 without COUNT). Inside MULTI they never block. A blocked XREADGROUP
 * whose stream or group disappears gets Redis's UNBLOCKED or NOGROUP error. Replies are a
 * map keyed by stream in RESP3 and an array of pairs in RESP2.
 *
 * @author unikv authors
 */
final class StreamRead {

    /** Redis's count for a blocked read without COUNT. */
    private static final long BLOCKED_DEFAULT_COUNT = 1000;

    private StreamRead() {
    }

    static @Nullable Reply read(CommandContext ctx, boolean grouped) {
        long timeout = -1;
        long count = 0;
        int streamsAt = 0;
        int n = 0;
        boolean noAck = false;
        byte[] groupName = null;
        byte[] consumerName = null;
        for (int i = 1; i < ctx.argc(); i++) {
            int more = ctx.argc() - i - 1;
            if (ctx.is(i, "BLOCK") && more > 0) {
                timeout = timeout(ctx, ++i);
            }
            else if (ctx.is(i, "COUNT") && more > 0) {
                count = Math.max(0, ctx.longArg(++i));
            }
            else if (ctx.is(i, "STREAMS") && more > 0) {
                streamsAt = i + 1;
                n = ctx.argc() - streamsAt;
                if (n % 2 != 0) {
                    throw new RedisError(Errors.XREAD_UNBALANCED);
                }
                n /= 2;
                break;
            }
            else if (ctx.is(i, "GROUP") && more >= 2) {
                if (!grouped) {
                    throw new RedisError(Errors.XREAD_GROUP_OPTION);
                }
                groupName = ctx.arg(i + 1);
                consumerName = ctx.arg(i + 2);
                i += 2;
            }
            else if (ctx.is(i, "NOACK")) {
                if (!grouped) {
                    throw new RedisError(Errors.XREAD_NOACK_OPTION);
                }
                noAck = true;
            }
            else {
                throw ctx.syntaxError();
            }
        }
        if (streamsAt == 0) {
            throw ctx.syntaxError();
        }
        if (grouped && groupName == null) {
            throw new RedisError(Errors.XREADGROUP_MISSING_GROUP);
        }
        if (timeout != -1 && ctx.engine().scripts().running()) {
            throw new RedisError(Errors.blockFromScript(grouped ? "XREADGROUP" : "XREAD"));
        }
        Request request = new Request(ctx, streamsAt, n, groupName, consumerName, noAck);
        Reply reply = request.serveNow(count);
        if (reply != null) {
            return reply;
        }
        if (timeout == -1 || ctx.inTransaction()) {
            return Reply.NULL_ARRAY;
        }
        long blockedCount = (count != 0) ? count : BLOCKED_DEFAULT_COUNT;
        return ctx.block(request.keys, timeout, () -> request.serveWoken(blockedCount), Reply.NULL_ARRAY);
    }

    private static long timeout(CommandContext ctx, int index) {
        long millis = CommandContext.parseLong(ctx.arg(index), Errors.TIMEOUT_NOT_INTEGER);
        if (millis < 0) {
            throw new RedisError(Errors.TIMEOUT_NEGATIVE);
        }
        // Redis overflows its deadline for huge timeouts and then waits forever
        return (millis > Long.MAX_VALUE - ctx.now()) ? 0 : millis;
    }

    /**
     * One parsed read: keys, IDs and, for XREADGROUP, the group and consumer.
     */
    private static final class Request {

        private final CommandContext ctx;

        private final Database db;

        private final List<ByteKey> keys = new ArrayList<>();

        private final StreamId[] ids;

        private final byte @Nullable [] groupName;

        private final byte @Nullable [] consumerName;

        private final boolean noAck;

        private final int protocol;

        Request(CommandContext ctx, int streamsAt, int n, byte @Nullable [] groupName, byte @Nullable [] consumerName,
                boolean noAck) {
            this.ctx = ctx;
            this.db = ctx.db();
            this.ids = new StreamId[n];
            this.groupName = groupName;
            this.consumerName = consumerName;
            this.noAck = noAck;
            this.protocol = ctx.client().protocol();
            for (int k = 0; k < n; k++) {
                ByteKey key = ctx.key(streamsAt + k);
                this.keys.add(key);
                StreamValue stream = StreamCommands.stream(this.db, key);
                if (groupName != null && (stream == null || stream.group(groupName) == null)) {
                    throw new RedisError(Errors.noGroupOrKey(key.toString(),
                            new String(groupName, java.nio.charset.StandardCharsets.UTF_8),
                            " in XREADGROUP with GROUP option"));
                }
                String id = ctx.text(streamsAt + n + k);
                if (id.equals("$")) {
                    if (groupName != null) {
                        throw new RedisError(Errors.XREADGROUP_DOLLAR);
                    }
                    this.ids[k] = (stream != null) ? stream.lastId() : StreamId.MIN;
                }
                else if (id.equals(">")) {
                    if (groupName == null) {
                        throw new RedisError(Errors.XREAD_GREATER);
                    }
                    this.ids[k] = StreamId.MAX;
                }
                else {
                    this.ids[k] = StreamIds.strict(ctx.arg(streamsAt + n + k));
                }
            }
        }

        @Nullable Reply serveNow(long count) {
            List<Reply> results = new ArrayList<>();
            for (int k = 0; k < this.keys.size(); k++) {
                StreamValue stream = StreamCommands.stream(this.db, this.keys.get(k));
                if (stream == null) {
                    continue;
                }
                StreamId after = this.ids[k];
                if (this.groupName != null) {
                    StreamGroup group = stream.group(this.groupName);
                    if (!after.equals(StreamId.MAX)) {
                        results.add(pair(k, history(stream, group, after, count)));
                    }
                    else if (stream.length() > 0 && stream.lastValidId().after(group.lastId())) {
                        results.add(pair(k, fresh(stream, group, group.lastId(), count)));
                    }
                    else {
                        continue;
                    }
                    this.db.touched(this.keys.get(k));
                }
                else if (stream.length() > 0 && stream.lastValidId().after(after)) {
                    results
                        .add(pair(k, StreamCommands.entries(stream.entries().tailMap(after, false).entrySet(), count)));
                }
            }
            return results.isEmpty() ? null : result(results);
        }

        @Nullable Reply serveWoken(long count) {
            for (int k = 0; k < this.keys.size(); k++) {
                Object value = this.db.get(this.keys.get(k));
                if (!(value instanceof StreamValue stream)) {
                    if (this.groupName != null) {
                        return Reply.error(Errors.XREADGROUP_KEY_GONE);
                    }
                    continue;
                }
                StreamId after = this.ids[k];
                StreamGroup group = null;
                if (this.groupName != null) {
                    group = stream.group(this.groupName);
                    if (group == null) {
                        return Reply.error(Errors.XREADGROUP_GROUP_GONE);
                    }
                    after = group.lastId();
                }
                if (!stream.lastId().after(after)) {
                    continue;
                }
                Reply entries = (group != null) ? fresh(stream, group, after, count)
                        : StreamCommands.entries(stream.entries().tailMap(after, false).entrySet(), count);
                if (group != null) {
                    this.db.touched(this.keys.get(k));
                }
                return result(List.of(pair(k, entries)));
            }
            return null;
        }

        private Reply fresh(StreamValue stream, StreamGroup group, StreamId after, long count) {
            long now = this.ctx.now();
            StreamGroup.Consumer consumer = group.seen(this.consumerName, now);
            List<Reply> items = new ArrayList<>();
            for (Map.Entry<StreamId, byte[][]> entry : stream.entries().tailMap(after, false).entrySet()) {
                if (count > 0 && items.size() >= count) {
                    break;
                }
                StreamId id = entry.getKey();
                stream.delivered(group, id);
                if (!this.noAck) {
                    group.assign(id, consumer).delivered(now, 1);
                }
                items.add(StreamCommands.entry(id, entry.getValue()));
            }
            return Reply.array(items);
        }

        private Reply history(StreamValue stream, StreamGroup group, StreamId after, long count) {
            long now = this.ctx.now();
            StreamGroup.Consumer consumer = group.seen(this.consumerName, now);
            List<Reply> items = new ArrayList<>();
            for (Map.Entry<StreamId, StreamGroup.Pending> pending : consumer.pel().tailMap(after, false).entrySet()) {
                if (count > 0 && items.size() >= count) {
                    break;
                }
                StreamId id = pending.getKey();
                byte[][] fields = stream.entries().get(id);
                if (fields == null) {
                    items.add(Reply.array(List.of(StreamCommands.id(id), Reply.NULL_ARRAY)));
                }
                else {
                    pending.getValue().delivered(now, pending.getValue().deliveryCount() + 1);
                    items.add(StreamCommands.entry(id, fields));
                }
            }
            return Reply.array(items);
        }

        private Reply pair(int k, Reply entries) {
            return Reply.array(List.of(Reply.bulk(this.keys.get(k).bytes()), entries));
        }

        private Reply result(List<Reply> pairs) {
            if (this.protocol == 2) {
                return Reply.array(pairs);
            }
            List<Reply> flat = new ArrayList<>();
            for (Reply pair : pairs) {
                flat.addAll(((Reply.Array) pair).items());
            }
            return new Reply.MapReply(flat);
        }

    }

}
