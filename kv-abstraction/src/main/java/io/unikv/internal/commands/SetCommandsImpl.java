package io.unikv.internal.commands;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import io.unikv.codec.KvCodec;
import io.unikv.commands.RedisSetAsyncCommands;
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
 * {@link RedisSetAsyncCommands} over a command executor.
 *
 * @author unikv authors
 */
public final class SetCommandsImpl implements RedisSetAsyncCommands {

    private static final Function<Reply, Set<String>> STRINGS = CollectionConverters.set(Converters.string());

    private final CommandExecutor executor;

    private final KvCodec codec;

    /**
     * Create the family.
     * @param executor where commands go
     * @param codec how members are written and typed reads decoded
     */
    public SetCommandsImpl(CommandExecutor executor, KvCodec codec) {
        this.executor = executor;
        this.codec = codec;
    }

    @Override
    public CompletableFuture<Long> sadd(String key, Object... members) {
        return run(Command.write("SADD", ArgList.of(key).values(this.codec, members).toArray()), Converters.integer());
    }

    @Override
    public CompletableFuture<Long> srem(String key, Object... members) {
        return run(Command.write("SREM", ArgList.of(key).values(this.codec, members).toArray()), Converters.integer());
    }

    @Override
    public CompletableFuture<Set<String>> smembers(String key) {
        return run(Command.read("SMEMBERS", key), STRINGS);
    }

    @Override
    public <T> CompletableFuture<Set<T>> smembers(String key, Class<T> type) {
        return run(Command.read("SMEMBERS", key), CollectionConverters.set(Converters.value(this.codec, type)));
    }

    @Override
    public CompletableFuture<Boolean> sismember(String key, Object member) {
        return run(Command.read("SISMEMBER", key, this.codec.encode(member)), Converters.bool());
    }

    @Override
    public CompletableFuture<List<Boolean>> smismember(String key, Object... members) {
        return run(Command.read("SMISMEMBER", ArgList.of(key).values(this.codec, members).toArray()),
                Converters.list(Converters.bool()));
    }

    @Override
    public CompletableFuture<Long> scard(String key) {
        return run(Command.read("SCARD", key), Converters.integer());
    }

    @Override
    public CompletableFuture<@Nullable String> spop(String key) {
        return run(Command.write("SPOP", key), Converters.string());
    }

    @Override
    public <T> CompletableFuture<@Nullable T> spop(String key, Class<T> type) {
        return run(Command.write("SPOP", key), Converters.value(this.codec, type));
    }

    @Override
    public CompletableFuture<Set<String>> spop(String key, long count) {
        return run(Command.write("SPOP", key, count), STRINGS);
    }

    @Override
    public CompletableFuture<@Nullable String> srandMember(String key) {
        return run(Command.read("SRANDMEMBER", key), Converters.string());
    }

    @Override
    public CompletableFuture<List<String>> srandMember(String key, long count) {
        return run(Command.read("SRANDMEMBER", key, count), Converters.list(Converters.string()));
    }

    @Override
    public CompletableFuture<Boolean> smove(String source, String destination, Object member) {
        return run(Command.write("SMOVE", source, destination, this.codec.encode(member)), Converters.bool());
    }

    @Override
    public CompletableFuture<Set<String>> sinter(String... keys) {
        return run(Command.read("SINTER", (Object[]) keys), STRINGS);
    }

    @Override
    public CompletableFuture<Long> sinterCard(String... keys) {
        return run(Command.read("SINTERCARD", ArgList.of().keys(keys).toArray()), Converters.integer());
    }

    @Override
    public CompletableFuture<Long> sinterCard(long limit, String... keys) {
        return run(Command.read("SINTERCARD", ArgList.of().keys(keys).add("LIMIT", limit).toArray()),
                Converters.integer());
    }

    @Override
    public CompletableFuture<Long> sinterStore(String destination, String... keys) {
        return run(Command.write("SINTERSTORE", ArgList.of(destination).add((Object[]) keys).toArray()),
                Converters.integer());
    }

    @Override
    public CompletableFuture<Set<String>> sunion(String... keys) {
        return run(Command.read("SUNION", (Object[]) keys), STRINGS);
    }

    @Override
    public CompletableFuture<Long> sunionStore(String destination, String... keys) {
        return run(Command.write("SUNIONSTORE", ArgList.of(destination).add((Object[]) keys).toArray()),
                Converters.integer());
    }

    @Override
    public CompletableFuture<Set<String>> sdiff(String... keys) {
        return run(Command.read("SDIFF", (Object[]) keys), STRINGS);
    }

    @Override
    public CompletableFuture<Long> sdiffStore(String destination, String... keys) {
        return run(Command.write("SDIFFSTORE", ArgList.of(destination).add((Object[]) keys).toArray()),
                Converters.integer());
    }

    @Override
    public CompletableFuture<ScanResult<String>> sscan(String key, String cursor, ScanOptions options) {
        return run(Command.read("SSCAN", scanArgs(key, cursor, options)),
                CollectionConverters.scan(Converters.list(Converters.string())));
    }

    /**
     * The arguments of {@code SSCAN}, {@code ZSCAN} or {@code HSCAN}.
     * @param key the key
     * @param cursor the cursor
     * @param options the options, without a {@code TYPE} filter
     * @return the arguments
     * @throws IllegalArgumentException if the options have a {@code TYPE} filter
     */
    static Object[] scanArgs(String key, String cursor, ScanOptions options) {
        if (options.type() != null) {
            throw new IllegalArgumentException("TYPE is only supported by SCAN, not by a scan over one key");
        }
        return ArgList.of(key, cursor).addAll(options.arguments()).toArray();
    }

    private <T> CompletableFuture<T> run(Command command, Function<Reply, T> converter) {
        return this.executor.execute(new TypedCommand<>(command, converter));
    }

}
