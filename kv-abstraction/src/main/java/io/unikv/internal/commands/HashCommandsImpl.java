package io.unikv.internal.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import io.unikv.codec.KvCodec;
import io.unikv.commands.FieldValue;
import io.unikv.commands.RedisHashAsyncCommands;
import io.unikv.commands.ScanOptions;
import io.unikv.commands.ScanResult;
import io.unikv.internal.CollectionConverters;
import io.unikv.internal.CommandExecutor;
import io.unikv.internal.Converters;
import io.unikv.internal.TypedCommand;
import io.unikv.transport.Command;
import io.unikv.transport.Reply;
import org.jspecify.annotations.Nullable;

/**
 * {@link RedisHashAsyncCommands} over a command executor.
 *
 * @author unikv authors
 */
public final class HashCommandsImpl implements RedisHashAsyncCommands {

    private final CommandExecutor executor;

    private final KvCodec codec;

    /**
     * Create the family.
     * @param executor where commands go
     * @param codec how values are written and typed reads decoded
     */
    public HashCommandsImpl(CommandExecutor executor, KvCodec codec) {
        this.executor = executor;
        this.codec = codec;
    }

    @Override
    public CompletableFuture<Boolean> hset(String key, String field, Object value) {
        return run(Command.write("HSET", key, field, this.codec.encode(value)), Converters.bool());
    }

    @Override
    public CompletableFuture<Long> hset(String key, Map<String, ?> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("At least one field is required");
        }
        List<Object> args = new ArrayList<>(values.size() * 2 + 1);
        args.add(key);
        values.forEach((field, value) -> {
            args.add(field);
            args.add(this.codec.encode(value));
        });
        return run(Command.write("HSET", args.toArray()), Converters.integer());
    }

    @Override
    public CompletableFuture<Boolean> hsetnx(String key, String field, Object value) {
        return run(Command.write("HSETNX", key, field, this.codec.encode(value)), Converters.bool());
    }

    @Override
    public CompletableFuture<@Nullable String> hget(String key, String field) {
        return run(Command.read("HGET", key, field), Converters.string());
    }

    @Override
    public <T> CompletableFuture<@Nullable T> hget(String key, String field, Class<T> type) {
        return run(Command.read("HGET", key, field), Converters.value(this.codec, type));
    }

    @Override
    public CompletableFuture<List<@Nullable String>> hmget(String key, String... fields) {
        return run(Command.read("HMGET", keyAnd(key, fields)), Converters.list(Converters.string()));
    }

    @Override
    public <T> CompletableFuture<List<@Nullable T>> hmget(String key, Class<T> type, String... fields) {
        return run(Command.read("HMGET", keyAnd(key, fields)), Converters.list(Converters.value(this.codec, type)));
    }

    @Override
    public CompletableFuture<Map<String, String>> hgetAll(String key) {
        return run(Command.read("HGETALL", key), Converters.map(CollectionReplies::text));
    }

    @Override
    public <T> CompletableFuture<Map<String, T>> hgetAll(String key, Class<T> type) {
        Function<Reply, @Nullable T> value = Converters.value(this.codec, type);
        return run(Command.read("HGETALL", key), Converters.map(value::apply));
    }

    @Override
    public CompletableFuture<Long> hdel(String key, String... fields) {
        return run(Command.write("HDEL", keyAnd(key, fields)), Converters.integer());
    }

    @Override
    public CompletableFuture<Boolean> hexists(String key, String field) {
        return run(Command.read("HEXISTS", key, field), Converters.bool());
    }

    @Override
    public CompletableFuture<Long> hlen(String key) {
        return run(Command.read("HLEN", key), Converters.integer());
    }

    @Override
    public CompletableFuture<List<String>> hkeys(String key) {
        return run(Command.read("HKEYS", key), Converters.list(CollectionReplies::text));
    }

    @Override
    public CompletableFuture<List<String>> hvals(String key) {
        return run(Command.read("HVALS", key), Converters.list(CollectionReplies::text));
    }

    @Override
    public CompletableFuture<Long> hincrBy(String key, String field, long amount) {
        return run(Command.write("HINCRBY", key, field, amount), Converters.integer());
    }

    @Override
    public CompletableFuture<Double> hincrByFloat(String key, String field, double amount) {
        return run(Command.write("HINCRBYFLOAT", key, field, amount), Converters.dbl());
    }

    @Override
    public CompletableFuture<Long> hstrlen(String key, String field) {
        return run(Command.read("HSTRLEN", key, field), Converters.integer());
    }

    @Override
    public CompletableFuture<@Nullable String> hrandField(String key) {
        return run(Command.read("HRANDFIELD", key), Converters.string());
    }

    @Override
    public CompletableFuture<List<String>> hrandField(String key, long count) {
        return run(Command.read("HRANDFIELD", key, count), Converters.list(CollectionReplies::text));
    }

    @Override
    public CompletableFuture<List<FieldValue<String>>> hrandFieldWithValues(String key, long count) {
        return run(Command.read("HRANDFIELD", key, count, "WITHVALUES"), CollectionReplies.fieldValues());
    }

    @Override
    public CompletableFuture<ScanResult<FieldValue<String>>> hscan(String key, String cursor, ScanOptions options) {
        if (options.type() != null) {
            throw new IllegalArgumentException("HSCAN does not accept a TYPE filter");
        }
        List<Object> args = new ArrayList<>();
        args.add(key);
        args.add(cursor);
        args.addAll(options.arguments());
        return run(Command.read("HSCAN", args.toArray()), CollectionConverters.scan(CollectionReplies.fieldValues()));
    }

    private static Object[] keyAnd(String key, String[] fields) {
        CollectionReplies.requireSome(fields, "field");
        Object[] args = new Object[fields.length + 1];
        args[0] = key;
        System.arraycopy(fields, 0, args, 1, fields.length);
        return args;
    }

    private <T> CompletableFuture<T> run(Command command, Function<Reply, T> converter) {
        return this.executor.execute(new TypedCommand<>(command, converter));
    }

}
