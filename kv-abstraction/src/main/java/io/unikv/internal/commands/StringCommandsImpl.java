package io.unikv.internal.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import io.unikv.codec.KvCodec;
import io.unikv.commands.GetExOptions;
import io.unikv.commands.RedisStringAsyncCommands;
import io.unikv.commands.SetOptions;
import io.unikv.internal.CommandExecutor;
import io.unikv.internal.Converters;
import io.unikv.internal.TypedCommand;
import io.unikv.transport.Command;
import io.unikv.transport.Reply;
import org.jspecify.annotations.Nullable;

/**
 * {@link RedisStringAsyncCommands} over a command executor.
 *
 * @author unikv authors
 */
public final class StringCommandsImpl implements RedisStringAsyncCommands {

    private final CommandExecutor executor;

    private final KvCodec codec;

    /**
     * Create the family.
     * @param executor where commands go
     * @param codec how values are written and typed reads decoded
     */
    public StringCommandsImpl(CommandExecutor executor, KvCodec codec) {
        this.executor = executor;
        this.codec = codec;
    }

    @Override
    public CompletableFuture<@Nullable String> get(String key) {
        return run(Command.read("GET", key), Converters.string());
    }

    @Override
    public <T> CompletableFuture<@Nullable T> get(String key, Class<T> type) {
        return run(Command.read("GET", key), Converters.value(this.codec, type));
    }

    @Override
    public CompletableFuture<Void> set(String key, Object value) {
        return run(Command.write("SET", key, this.codec.encode(value)), Converters.ok());
    }

    @Override
    public CompletableFuture<Boolean> set(String key, Object value, SetOptions options) {
        return run(Command.write("SET", setArgs(key, value, options, false)), (reply) -> !reply.isNil());
    }

    @Override
    public CompletableFuture<@Nullable String> setGet(String key, Object value, SetOptions options) {
        return run(Command.write("SET", setArgs(key, value, options, true)), Converters.string());
    }

    @Override
    public CompletableFuture<@Nullable String> getDel(String key) {
        return run(Command.write("GETDEL", key), Converters.string());
    }

    @Override
    public CompletableFuture<@Nullable String> getEx(String key, GetExOptions options) {
        List<Object> args = new ArrayList<>();
        args.add(key);
        args.addAll(options.arguments());
        return run(Command.write("GETEX", args.toArray()), Converters.string());
    }

    @Override
    public CompletableFuture<List<@Nullable String>> mget(String... keys) {
        return run(Command.read("MGET", (Object[]) keys), Converters.list(Converters.string()));
    }

    @Override
    public <T> CompletableFuture<List<@Nullable T>> mget(Class<T> type, String... keys) {
        return run(Command.read("MGET", (Object[]) keys), Converters.list(Converters.value(this.codec, type)));
    }

    @Override
    public CompletableFuture<Void> mset(Map<String, ?> values) {
        return run(Command.write("MSET", pairs(values)), Converters.ok());
    }

    @Override
    public CompletableFuture<Boolean> msetnx(Map<String, ?> values) {
        return run(Command.write("MSETNX", pairs(values)), Converters.bool());
    }

    @Override
    public CompletableFuture<Long> incr(String key) {
        return run(Command.write("INCR", key), Converters.integer());
    }

    @Override
    public CompletableFuture<Long> incrBy(String key, long amount) {
        return run(Command.write("INCRBY", key, amount), Converters.integer());
    }

    @Override
    public CompletableFuture<Long> decr(String key) {
        return run(Command.write("DECR", key), Converters.integer());
    }

    @Override
    public CompletableFuture<Long> decrBy(String key, long amount) {
        return run(Command.write("DECRBY", key, amount), Converters.integer());
    }

    @Override
    public CompletableFuture<Double> incrByFloat(String key, double amount) {
        return run(Command.write("INCRBYFLOAT", key, amount), Converters.dbl());
    }

    @Override
    public CompletableFuture<Long> append(String key, Object value) {
        return run(Command.write("APPEND", key, this.codec.encode(value)), Converters.integer());
    }

    @Override
    public CompletableFuture<Long> strlen(String key) {
        return run(Command.read("STRLEN", key), Converters.integer());
    }

    @Override
    public CompletableFuture<String> getRange(String key, long start, long end) {
        return run(Command.read("GETRANGE", key, start, end), StringCommandsImpl::text);
    }

    @Override
    public CompletableFuture<Long> setRange(String key, long offset, Object value) {
        return run(Command.write("SETRANGE", key, offset, this.codec.encode(value)), Converters.integer());
    }

    @Override
    public CompletableFuture<String> lcs(String key1, String key2) {
        return run(Command.read("LCS", key1, key2), StringCommandsImpl::text);
    }

    @Override
    public CompletableFuture<Long> lcsLength(String key1, String key2) {
        return run(Command.read("LCS", key1, key2, "LEN"), Converters.integer());
    }

    private Object[] setArgs(String key, Object value, SetOptions options, boolean get) {
        List<Object> args = new ArrayList<>();
        args.add(key);
        args.add(this.codec.encode(value));
        args.addAll(options.arguments());
        if (get) {
            args.add("GET");
        }
        return args.toArray();
    }

    private Object[] pairs(Map<String, ?> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("At least one key and value is required");
        }
        List<Object> args = new ArrayList<>(values.size() * 2);
        values.forEach((key, value) -> {
            args.add(key);
            args.add(this.codec.encode(value));
        });
        return args.toArray();
    }

    private static String text(Reply reply) {
        String text = reply.asString();
        return (text != null) ? text : "";
    }

    private <T> CompletableFuture<T> run(Command command, Function<Reply, T> converter) {
        return this.executor.execute(new TypedCommand<>(command, converter));
    }

}
