package io.unikv.internal.commands;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import io.unikv.codec.KvCodec;
import io.unikv.commands.ExpireCondition;
import io.unikv.commands.RedisKeyAsyncCommands;
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
 * {@link RedisKeyAsyncCommands} over a command executor.
 *
 * @author unikv authors
 */
public final class KeyCommandsImpl implements RedisKeyAsyncCommands {

    private final CommandExecutor executor;

    /**
     * Create the family.
     * @param executor where commands go
     * @param codec the store's codec (keys are text, so it is not used)
     */
    public KeyCommandsImpl(CommandExecutor executor, KvCodec codec) {
        this.executor = executor;
    }

    @Override
    public CompletableFuture<Long> del(String... keys) {
        return run(Command.write("DEL", keys(keys)), Converters.integer());
    }

    @Override
    public CompletableFuture<Long> unlink(String... keys) {
        return run(Command.write("UNLINK", keys(keys)), Converters.integer());
    }

    @Override
    public CompletableFuture<Long> exists(String... keys) {
        return run(Command.read("EXISTS", keys(keys)), Converters.integer());
    }

    @Override
    public CompletableFuture<String> type(String key) {
        return run(Command.read("TYPE", key), CollectionReplies::text);
    }

    @Override
    public CompletableFuture<Boolean> expire(String key, Duration ttl) {
        return relative(key, ttl, null);
    }

    @Override
    public CompletableFuture<Boolean> expire(String key, Duration ttl, ExpireCondition condition) {
        return relative(key, ttl, condition.name());
    }

    @Override
    public CompletableFuture<Boolean> expireAt(String key, Instant at) {
        return absolute(key, at, null);
    }

    @Override
    public CompletableFuture<Boolean> expireAt(String key, Instant at, ExpireCondition condition) {
        return absolute(key, at, condition.name());
    }

    @Override
    public CompletableFuture<Long> ttl(String key) {
        return run(Command.read("TTL", key), Converters.integer());
    }

    @Override
    public CompletableFuture<Long> pttl(String key) {
        return run(Command.read("PTTL", key), Converters.integer());
    }

    @Override
    public CompletableFuture<Long> expireTime(String key) {
        return run(Command.read("EXPIRETIME", key), Converters.integer());
    }

    @Override
    public CompletableFuture<Long> pexpireTime(String key) {
        return run(Command.read("PEXPIRETIME", key), Converters.integer());
    }

    @Override
    public CompletableFuture<Boolean> persist(String key) {
        return run(Command.write("PERSIST", key), Converters.bool());
    }

    @Override
    public CompletableFuture<Void> rename(String key, String newKey) {
        return run(Command.write("RENAME", key, newKey), Converters.ok());
    }

    @Override
    public CompletableFuture<Boolean> renameNx(String key, String newKey) {
        return run(Command.write("RENAMENX", key, newKey), Converters.bool());
    }

    @Override
    public CompletableFuture<Boolean> copy(String source, String destination, boolean replace) {
        Command command = replace ? Command.write("COPY", source, destination, "REPLACE")
                : Command.write("COPY", source, destination);
        return run(command, Converters.bool());
    }

    @Override
    public CompletableFuture<Long> touch(String... keys) {
        return run(Command.read("TOUCH", keys(keys)), Converters.integer());
    }

    @Override
    public CompletableFuture<List<String>> keys(String pattern) {
        return run(Command.read("KEYS", pattern), Converters.list(CollectionReplies::text));
    }

    @Override
    public CompletableFuture<ScanResult<String>> scan(String cursor, ScanOptions options) {
        List<Object> args = new ArrayList<>();
        args.add(cursor);
        args.addAll(options.arguments());
        return run(Command.read("SCAN", args.toArray()),
                CollectionConverters.scan(Converters.list(CollectionReplies::text)));
    }

    @Override
    public CompletableFuture<@Nullable String> randomKey() {
        return run(Command.read("RANDOMKEY"), Converters.string());
    }

    @Override
    public CompletableFuture<@Nullable String> objectEncoding(String key) {
        return run(Command.read("OBJECT", "ENCODING", key), Converters.string());
    }

    private CompletableFuture<Boolean> relative(String key, Duration ttl, @Nullable String condition) {
        boolean seconds = ttl.getNano() == 0;
        Object amount = seconds ? ttl.getSeconds() : ttl.toMillis();
        return run(Command.write(seconds ? "EXPIRE" : "PEXPIRE", withCondition(key, amount, condition)),
                Converters.bool());
    }

    private CompletableFuture<Boolean> absolute(String key, Instant at, @Nullable String condition) {
        boolean seconds = at.getNano() == 0;
        Object when = seconds ? at.getEpochSecond() : at.toEpochMilli();
        return run(Command.write(seconds ? "EXPIREAT" : "PEXPIREAT", withCondition(key, when, condition)),
                Converters.bool());
    }

    private static Object[] withCondition(String key, Object amount, @Nullable String condition) {
        return (condition != null) ? new Object[] { key, amount, condition } : new Object[] { key, amount };
    }

    private static Object[] keys(String[] keys) {
        CollectionReplies.requireSome(keys, "key");
        return keys;
    }

    private <T> CompletableFuture<T> run(Command command, Function<Reply, T> converter) {
        return this.executor.execute(new TypedCommand<>(command, converter));
    }

}
