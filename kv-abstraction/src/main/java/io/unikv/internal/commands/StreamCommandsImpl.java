package io.unikv.internal.commands;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import io.unikv.codec.KvCodec;
import io.unikv.commands.AutoClaimResult;
import io.unikv.commands.PendingEntry;
import io.unikv.commands.PendingSummary;
import io.unikv.commands.RedisStreamAsyncCommands;
import io.unikv.commands.StreamConsumerInfo;
import io.unikv.commands.StreamEntry;
import io.unikv.commands.StreamGroupInfo;
import io.unikv.commands.StreamInfo;
import io.unikv.commands.StreamOffset;
import io.unikv.commands.StreamTrimOptions;
import io.unikv.commands.XAddOptions;
import io.unikv.commands.XClaimOptions;
import io.unikv.commands.XPendingOptions;
import io.unikv.commands.XReadOptions;
import io.unikv.internal.CommandExecutor;
import io.unikv.internal.Converters;
import io.unikv.internal.TypedCommand;
import io.unikv.transport.Command;
import io.unikv.transport.Reply;
import org.jspecify.annotations.Nullable;

/**
 * {@link RedisStreamAsyncCommands} over a command executor. XREADGROUP, XPENDING's
 * neighbours and everything that changes a group are writes (never sent to replicas);
 * XRANGE, XREAD, XLEN, XPENDING and XINFO are reads.
 *
 * @author unikv authors
 */
public final class StreamCommandsImpl implements RedisStreamAsyncCommands {

    private final CommandExecutor executor;

    private final KvCodec codec;

    /**
     * Create the family.
     * @param executor where commands go
     * @param codec how field values are written
     */
    public StreamCommandsImpl(CommandExecutor executor, KvCodec codec) {
        this.executor = executor;
        this.codec = codec;
    }

    @Override
    public CompletableFuture<String> xadd(String key, Map<String, ?> fields) {
        return run(Command.write("XADD", addArgs(key, XAddOptions.none(), fields)), Converters.string());
    }

    @Override
    public CompletableFuture<@Nullable String> xadd(String key, XAddOptions options, Map<String, ?> fields) {
        return run(Command.write("XADD", addArgs(key, options, fields)), Converters.string());
    }

    private Object[] addArgs(String key, XAddOptions options, Map<String, ?> fields) {
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("XADD needs at least one field");
        }
        ArgList args = ArgList.of(key).addAll(options.arguments());
        fields.forEach((field, value) -> args.add(field, this.codec.encode(value)));
        return args.toArray();
    }

    @Override
    public CompletableFuture<Long> xlen(String key) {
        return run(Command.read("XLEN", key), Converters.integer());
    }

    @Override
    public CompletableFuture<List<StreamEntry>> xrange(String key, String start, String end) {
        return run(Command.read("XRANGE", key, start, end), StreamReplies.entries());
    }

    @Override
    public CompletableFuture<List<StreamEntry>> xrange(String key, String start, String end, long count) {
        return run(Command.read("XRANGE", key, start, end, "COUNT", positive(count)), StreamReplies.entries());
    }

    @Override
    public CompletableFuture<List<StreamEntry>> xrevrange(String key, String end, String start) {
        return run(Command.read("XREVRANGE", key, end, start), StreamReplies.entries());
    }

    @Override
    public CompletableFuture<List<StreamEntry>> xrevrange(String key, String end, String start, long count) {
        return run(Command.read("XREVRANGE", key, end, start, "COUNT", positive(count)), StreamReplies.entries());
    }

    @Override
    public CompletableFuture<Long> xdel(String key, String... ids) {
        return run(Command.write("XDEL", ArgList.of(key).add((Object[]) ids).toArray()), Converters.integer());
    }

    @Override
    public CompletableFuture<Long> xtrim(String key, StreamTrimOptions options) {
        return run(Command.write("XTRIM", ArgList.of(key).addAll(options.arguments()).toArray()), Converters.integer());
    }

    @Override
    public CompletableFuture<Map<String, List<StreamEntry>>> xread(XReadOptions options, StreamOffset... offsets) {
        return run(Command.read("XREAD", readArgs(ArgList.of(), options, offsets)), StreamReplies.streams());
    }

    @Override
    public CompletableFuture<Map<String, List<StreamEntry>>> xreadgroup(String group, String consumer,
            XReadOptions options, StreamOffset... offsets) {
        return run(Command.write("XREADGROUP", readArgs(ArgList.of("GROUP", group, consumer), options, offsets)),
                StreamReplies.streams());
    }

    private static Object[] readArgs(ArgList args, XReadOptions options, StreamOffset... offsets) {
        if (offsets.length == 0) {
            throw new IllegalArgumentException("At least one stream is needed");
        }
        args.addAll(options.arguments()).add("STREAMS");
        for (StreamOffset offset : offsets) {
            args.add(offset.key());
        }
        for (StreamOffset offset : offsets) {
            args.add(offset.id());
        }
        return args.toArray();
    }

    @Override
    public CompletableFuture<Void> xgroupCreate(String key, String group, String id, boolean mkStream) {
        ArgList args = ArgList.of("CREATE", key, group, id);
        if (mkStream) {
            args.add("MKSTREAM");
        }
        return run(Command.write("XGROUP", args.toArray()), Converters.ok());
    }

    @Override
    public CompletableFuture<Void> xgroupSetId(String key, String group, String id) {
        return run(Command.write("XGROUP", "SETID", key, group, id), Converters.ok());
    }

    @Override
    public CompletableFuture<Boolean> xgroupDestroy(String key, String group) {
        return run(Command.write("XGROUP", "DESTROY", key, group), Converters.bool());
    }

    @Override
    public CompletableFuture<Boolean> xgroupCreateConsumer(String key, String group, String consumer) {
        return run(Command.write("XGROUP", "CREATECONSUMER", key, group, consumer), Converters.bool());
    }

    @Override
    public CompletableFuture<Long> xgroupDelConsumer(String key, String group, String consumer) {
        return run(Command.write("XGROUP", "DELCONSUMER", key, group, consumer), Converters.integer());
    }

    @Override
    public CompletableFuture<Long> xack(String key, String group, String... ids) {
        return run(Command.write("XACK", ArgList.of(key, group).add((Object[]) ids).toArray()), Converters.integer());
    }

    @Override
    public CompletableFuture<PendingSummary> xpending(String key, String group) {
        return run(Command.read("XPENDING", key, group), StreamReplies.pendingSummary());
    }

    @Override
    public CompletableFuture<List<PendingEntry>> xpending(String key, String group, XPendingOptions options) {
        return run(Command.read("XPENDING", ArgList.of(key, group).addAll(options.arguments()).toArray()),
                StreamReplies.pendingEntries());
    }

    @Override
    public CompletableFuture<List<StreamEntry>> xclaim(String key, String group, String consumer, Duration minIdle,
            XClaimOptions options, String... ids) {
        return run(Command.write("XCLAIM", claimArgs(key, group, consumer, minIdle, options, ids).toArray()),
                StreamReplies.entries());
    }

    @Override
    public CompletableFuture<List<String>> xclaimJustId(String key, String group, String consumer, Duration minIdle,
            XClaimOptions options, String... ids) {
        return run(
                Command.write("XCLAIM", claimArgs(key, group, consumer, minIdle, options, ids).add("JUSTID").toArray()),
                Converters.list(Reply::asString));
    }

    private static ArgList claimArgs(String key, String group, String consumer, Duration minIdle, XClaimOptions options,
            String... ids) {
        if (ids.length == 0) {
            throw new IllegalArgumentException("XCLAIM needs at least one ID");
        }
        return ArgList.of(key, group, consumer, minIdle.toMillis()).add((Object[]) ids).addAll(options.arguments());
    }

    @Override
    public CompletableFuture<AutoClaimResult> xautoclaim(String key, String group, String consumer, Duration minIdle,
            String start, long count) {
        return run(
                Command.write("XAUTOCLAIM", key, group, consumer, minIdle.toMillis(), start, "COUNT", positive(count)),
                StreamReplies.autoClaim());
    }

    @Override
    public CompletableFuture<StreamInfo> xinfoStream(String key) {
        return run(Command.read("XINFO", "STREAM", key), StreamReplies.streamInfo());
    }

    @Override
    public CompletableFuture<List<StreamGroupInfo>> xinfoGroups(String key) {
        return run(Command.read("XINFO", "GROUPS", key), StreamReplies.groups());
    }

    @Override
    public CompletableFuture<List<StreamConsumerInfo>> xinfoConsumers(String key, String group) {
        return run(Command.read("XINFO", "CONSUMERS", key, group), StreamReplies.consumers());
    }

    private static long positive(long count) {
        if (count <= 0) {
            throw new IllegalArgumentException("COUNT must be positive: " + count);
        }
        return count;
    }

    private <T> CompletableFuture<T> run(Command command, Function<Reply, T> converter) {
        return this.executor.execute(new TypedCommand<>(command, converter));
    }

}
