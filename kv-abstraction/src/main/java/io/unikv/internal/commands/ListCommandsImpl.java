package io.unikv.internal.commands;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import io.unikv.codec.KvCodec;
import io.unikv.commands.InsertPosition;
import io.unikv.commands.LPosOptions;
import io.unikv.commands.ListDirection;
import io.unikv.commands.ListPopResult;
import io.unikv.commands.RedisListAsyncCommands;
import io.unikv.internal.CommandExecutor;
import io.unikv.internal.Converters;
import io.unikv.internal.TypedCommand;
import io.unikv.transport.Command;
import io.unikv.transport.Reply;
import org.jspecify.annotations.Nullable;

/**
 * {@link RedisListAsyncCommands} over a command executor. Blocking commands send their
 * timeout in seconds with millisecond precision.
 *
 * @author unikv authors
 */
public final class ListCommandsImpl implements RedisListAsyncCommands {

    private final CommandExecutor executor;

    private final KvCodec codec;

    /**
     * Create the family.
     * @param executor where commands go
     * @param codec how elements are written and typed reads decoded
     */
    public ListCommandsImpl(CommandExecutor executor, KvCodec codec) {
        this.executor = executor;
        this.codec = codec;
    }

    @Override
    public CompletableFuture<Long> lpush(String key, Object... values) {
        return run(Command.write("LPUSH", keyAndValues(key, values)), Converters.integer());
    }

    @Override
    public CompletableFuture<Long> rpush(String key, Object... values) {
        return run(Command.write("RPUSH", keyAndValues(key, values)), Converters.integer());
    }

    @Override
    public CompletableFuture<Long> lpushx(String key, Object... values) {
        return run(Command.write("LPUSHX", keyAndValues(key, values)), Converters.integer());
    }

    @Override
    public CompletableFuture<Long> rpushx(String key, Object... values) {
        return run(Command.write("RPUSHX", keyAndValues(key, values)), Converters.integer());
    }

    @Override
    public CompletableFuture<@Nullable String> lpop(String key) {
        return run(Command.write("LPOP", key), Converters.string());
    }

    @Override
    public <T> CompletableFuture<@Nullable T> lpop(String key, Class<T> type) {
        return run(Command.write("LPOP", key), Converters.value(this.codec, type));
    }

    @Override
    public CompletableFuture<List<String>> lpop(String key, long count) {
        return run(Command.write("LPOP", key, count), texts());
    }

    @Override
    public CompletableFuture<@Nullable String> rpop(String key) {
        return run(Command.write("RPOP", key), Converters.string());
    }

    @Override
    public <T> CompletableFuture<@Nullable T> rpop(String key, Class<T> type) {
        return run(Command.write("RPOP", key), Converters.value(this.codec, type));
    }

    @Override
    public CompletableFuture<List<String>> rpop(String key, long count) {
        return run(Command.write("RPOP", key, count), texts());
    }

    @Override
    public CompletableFuture<List<String>> lrange(String key, long start, long stop) {
        return run(Command.read("LRANGE", key, start, stop), texts());
    }

    @Override
    public <T> CompletableFuture<List<T>> lrange(String key, long start, long stop, Class<T> type) {
        Function<Reply, @Nullable T> element = Converters.value(this.codec, type);
        return run(Command.read("LRANGE", key, start, stop), Converters.list(element::apply));
    }

    @Override
    public CompletableFuture<Long> llen(String key) {
        return run(Command.read("LLEN", key), Converters.integer());
    }

    @Override
    public CompletableFuture<@Nullable String> lindex(String key, long index) {
        return run(Command.read("LINDEX", key, index), Converters.string());
    }

    @Override
    public <T> CompletableFuture<@Nullable T> lindex(String key, long index, Class<T> type) {
        return run(Command.read("LINDEX", key, index), Converters.value(this.codec, type));
    }

    @Override
    public CompletableFuture<Void> lset(String key, long index, Object value) {
        return run(Command.write("LSET", key, index, this.codec.encode(value)), Converters.ok());
    }

    @Override
    public CompletableFuture<Long> linsert(String key, InsertPosition position, Object pivot, Object value) {
        return run(Command.write("LINSERT", key, position.name(), this.codec.encode(pivot), this.codec.encode(value)),
                Converters.integer());
    }

    @Override
    public CompletableFuture<Long> lrem(String key, long count, Object value) {
        return run(Command.write("LREM", key, count, this.codec.encode(value)), Converters.integer());
    }

    @Override
    public CompletableFuture<Void> ltrim(String key, long start, long stop) {
        return run(Command.write("LTRIM", key, start, stop), Converters.ok());
    }

    @Override
    public CompletableFuture<@Nullable String> lmove(String source, String destination, ListDirection from,
            ListDirection to) {
        return run(Command.write("LMOVE", source, destination, from.name(), to.name()), Converters.string());
    }

    @Override
    public CompletableFuture<@Nullable Long> lpos(String key, Object element) {
        return lpos(key, element, LPosOptions.none());
    }

    @Override
    public CompletableFuture<@Nullable Long> lpos(String key, Object element, LPosOptions options) {
        return run(Command.read("LPOS", lposArgs(key, element, options, null)),
                (reply) -> reply.isNil() ? null : reply.asLong());
    }

    @Override
    public CompletableFuture<List<Long>> lpos(String key, Object element, long count, LPosOptions options) {
        if (count < 0) {
            throw new IllegalArgumentException("COUNT must not be negative: " + count);
        }
        return run(Command.read("LPOS", lposArgs(key, element, options, count)), Converters.list(Reply::asLong));
    }

    @Override
    public CompletableFuture<@Nullable ListPopResult> lmpop(ListDirection direction, long count, String... keys) {
        return run(Command.write("LMPOP", mpopArgs(null, direction, count, keys)), CollectionReplies.listPop());
    }

    @Override
    public CompletableFuture<@Nullable ListPopResult> blpop(Duration timeout, String... keys) {
        return run(Command.write("BLPOP", keysAndTimeout(keys, timeout)), CollectionReplies.listPop());
    }

    @Override
    public CompletableFuture<@Nullable ListPopResult> brpop(Duration timeout, String... keys) {
        return run(Command.write("BRPOP", keysAndTimeout(keys, timeout)), CollectionReplies.listPop());
    }

    @Override
    public CompletableFuture<@Nullable String> blmove(String source, String destination, ListDirection from,
            ListDirection to, Duration timeout) {
        return run(Command.write("BLMOVE", source, destination, from.name(), to.name(),
                CollectionReplies.timeout(timeout)), Converters.string());
    }

    @Override
    public CompletableFuture<@Nullable ListPopResult> blmpop(Duration timeout, ListDirection direction, long count,
            String... keys) {
        return run(Command.write("BLMPOP", mpopArgs(timeout, direction, count, keys)), CollectionReplies.listPop());
    }

    private Object[] keyAndValues(String key, Object[] values) {
        CollectionReplies.requireSome(values, "element");
        Object[] args = new Object[values.length + 1];
        args[0] = key;
        for (int i = 0; i < values.length; i++) {
            args[i + 1] = this.codec.encode(values[i]);
        }
        return args;
    }

    private Object[] lposArgs(String key, Object element, LPosOptions options, @Nullable Long count) {
        List<Object> args = new ArrayList<>();
        args.add(key);
        args.add(this.codec.encode(element));
        args.addAll(options.arguments());
        if (count != null) {
            args.add("COUNT");
            args.add(count);
        }
        return args.toArray();
    }

    private static Object[] mpopArgs(@Nullable Duration timeout, ListDirection direction, long count, String[] keys) {
        CollectionReplies.requireSome(keys, "key");
        if (count < 1) {
            throw new IllegalArgumentException("COUNT must be positive: " + count);
        }
        List<Object> args = new ArrayList<>(keys.length + 5);
        if (timeout != null) {
            args.add(CollectionReplies.timeout(timeout));
        }
        args.add(keys.length);
        args.addAll(List.of(keys));
        args.add(direction.name());
        args.add("COUNT");
        args.add(count);
        return args.toArray();
    }

    private static Object[] keysAndTimeout(String[] keys, Duration timeout) {
        CollectionReplies.requireSome(keys, "key");
        Object[] args = new Object[keys.length + 1];
        System.arraycopy(keys, 0, args, 0, keys.length);
        args[keys.length] = CollectionReplies.timeout(timeout);
        return args;
    }

    private static Function<Reply, List<String>> texts() {
        return Converters.list(CollectionReplies::text);
    }

    private <T> CompletableFuture<T> run(Command command, Function<Reply, T> converter) {
        return this.executor.execute(new TypedCommand<>(command, converter));
    }

}
