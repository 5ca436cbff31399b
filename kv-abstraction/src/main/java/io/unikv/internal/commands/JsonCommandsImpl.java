package io.unikv.internal.commands;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import io.unikv.codec.KvCodec;
import io.unikv.commands.JsonEntry;
import io.unikv.commands.JsonSetCondition;
import io.unikv.commands.RedisJsonAsyncCommands;
import io.unikv.internal.CommandExecutor;
import io.unikv.internal.Converters;
import io.unikv.internal.TypedCommand;
import io.unikv.transport.Command;
import io.unikv.transport.Reply;
import org.jspecify.annotations.Nullable;

/**
 * {@link RedisJsonAsyncCommands} over a command executor. Values given as text are sent
 * as JSON text; other values go through the codec. Replies are normalised by
 * {@link JsonReplies}.
 *
 * @author unikv authors
 */
public final class JsonCommandsImpl implements RedisJsonAsyncCommands {

    private static final Function<Reply, List<@Nullable Long>> LONGS = JsonReplies.perMatch(Reply::asLong);

    private final CommandExecutor executor;

    private final KvCodec codec;

    /**
     * Create the family.
     * @param executor where commands go
     * @param codec how non-text values are written and typed reads decoded
     */
    public JsonCommandsImpl(CommandExecutor executor, KvCodec codec) {
        this.executor = executor;
        this.codec = codec;
    }

    @Override
    public CompletableFuture<Boolean> jsonSet(String key, String path, Object value) {
        return run(Command.write("JSON.SET", key, path, json(value)), (reply) -> !reply.isNil());
    }

    @Override
    public CompletableFuture<Boolean> jsonSet(String key, String path, Object value, JsonSetCondition condition) {
        return run(Command.write("JSON.SET", key, path, json(value), condition.name()), (reply) -> !reply.isNil());
    }

    @Override
    public CompletableFuture<@Nullable Void> jsonMSet(JsonEntry... entries) {
        ArgList args = ArgList.of();
        for (JsonEntry entry : entries) {
            args.add(entry.key(), entry.path(), json(entry.value()));
        }
        return run(Command.write("JSON.MSET", args.toArray()), Converters.ok());
    }

    @Override
    public CompletableFuture<Boolean> jsonMerge(String key, String path, Object value) {
        return run(Command.write("JSON.MERGE", key, path, json(value)), (reply) -> !reply.isNil());
    }

    @Override
    public CompletableFuture<@Nullable String> jsonGet(String key, String... paths) {
        return run(Command.read("JSON.GET", ArgList.of(key).add((Object[]) paths).toArray()), Converters.string());
    }

    @Override
    public <T> CompletableFuture<@Nullable T> jsonGet(String key, Class<T> type, String... paths) {
        return run(Command.read("JSON.GET", ArgList.of(key).add((Object[]) paths).toArray()),
                Converters.value(this.codec, type));
    }

    @Override
    public CompletableFuture<List<@Nullable String>> jsonMGet(String path, String... keys) {
        return run(Command.read("JSON.MGET", ArgList.of((Object[]) keys).add(path).toArray()),
                Converters.list(Converters.string()));
    }

    @Override
    public CompletableFuture<Long> jsonDel(String key, String path) {
        return run(Command.write("JSON.DEL", key, path), Converters.integer());
    }

    @Override
    public CompletableFuture<Long> jsonClear(String key, String path) {
        return run(Command.write("JSON.CLEAR", key, path), Converters.integer());
    }

    @Override
    public CompletableFuture<List<String>> jsonType(String key, String path) {
        return run(Command.read("JSON.TYPE", key, path), JsonReplies.types());
    }

    @Override
    public CompletableFuture<List<@Nullable Number>> jsonNumIncrBy(String key, String path, Number increment) {
        return run(Command.write("JSON.NUMINCRBY", key, path, number(increment)), JsonReplies.numbers());
    }

    @Override
    public CompletableFuture<List<@Nullable Number>> jsonNumMultBy(String key, String path, Number factor) {
        return run(Command.write("JSON.NUMMULTBY", key, path, number(factor)), JsonReplies.numbers());
    }

    @Override
    public CompletableFuture<List<@Nullable Long>> jsonStrAppend(String key, String path, String text) {
        return run(Command.write("JSON.STRAPPEND", key, path, JsonReplies.quote(text)), LONGS);
    }

    @Override
    public CompletableFuture<List<@Nullable Long>> jsonStrLen(String key, String path) {
        return run(Command.read("JSON.STRLEN", key, path), LONGS);
    }

    @Override
    public CompletableFuture<List<@Nullable Boolean>> jsonToggle(String key, String path) {
        return run(Command.write("JSON.TOGGLE", key, path), JsonReplies.booleans());
    }

    @Override
    public CompletableFuture<List<@Nullable Long>> jsonArrAppend(String key, String path, Object... values) {
        return run(Command.write("JSON.ARRAPPEND", jsonArgs(ArgList.of(key, path), values)), LONGS);
    }

    @Override
    public CompletableFuture<List<@Nullable Long>> jsonArrInsert(String key, String path, long index,
            Object... values) {
        return run(Command.write("JSON.ARRINSERT", jsonArgs(ArgList.of(key, path, index), values)), LONGS);
    }

    @Override
    public CompletableFuture<List<@Nullable Long>> jsonArrIndex(String key, String path, Object value) {
        return run(Command.read("JSON.ARRINDEX", key, path, json(value)), LONGS);
    }

    @Override
    public CompletableFuture<List<@Nullable Long>> jsonArrIndex(String key, String path, Object value, long start,
            long stop) {
        return run(Command.read("JSON.ARRINDEX", key, path, json(value), start, stop), LONGS);
    }

    @Override
    public CompletableFuture<List<@Nullable Long>> jsonArrLen(String key, String path) {
        return run(Command.read("JSON.ARRLEN", key, path), LONGS);
    }

    @Override
    public CompletableFuture<List<@Nullable String>> jsonArrPop(String key, String path) {
        return run(Command.write("JSON.ARRPOP", key, path), JsonReplies.perMatch(Reply::asString));
    }

    @Override
    public CompletableFuture<List<@Nullable String>> jsonArrPop(String key, String path, long index) {
        return run(Command.write("JSON.ARRPOP", key, path, index), JsonReplies.perMatch(Reply::asString));
    }

    @Override
    public CompletableFuture<List<@Nullable Long>> jsonArrTrim(String key, String path, long start, long stop) {
        return run(Command.write("JSON.ARRTRIM", key, path, start, stop), LONGS);
    }

    @Override
    public CompletableFuture<List<@Nullable List<String>>> jsonObjKeys(String key, String path) {
        return run(Command.read("JSON.OBJKEYS", key, path), JsonReplies.keys(JsonReplies.isJsonPath(path)));
    }

    @Override
    public CompletableFuture<List<@Nullable Long>> jsonObjLen(String key, String path) {
        return run(Command.read("JSON.OBJLEN", key, path), LONGS);
    }

    /** Text is JSON already; anything else is encoded by the codec. */
    private byte[] json(Object value) {
        return (value instanceof CharSequence text) ? text.toString().getBytes(StandardCharsets.UTF_8)
                : this.codec.encode(value);
    }

    private Object[] jsonArgs(ArgList args, Object... values) {
        for (Object value : values) {
            args.add(json(value));
        }
        return args.toArray();
    }

    /**
     * Floats keep a fraction so RedisJSON computes in floating point ({@code 2.0}, not
     * {@code 2}).
     */
    private static String number(Number value) {
        if (value instanceof Double || value instanceof Float) {
            double number = value.doubleValue();
            if (!Double.isFinite(number)) {
                throw new IllegalArgumentException("JSON has no " + number);
            }
            return Double.toString(number);
        }
        return value.toString();
    }

    private <T> CompletableFuture<T> run(Command command, Function<Reply, T> converter) {
        return this.executor.execute(new TypedCommand<>(command, converter));
    }

}
