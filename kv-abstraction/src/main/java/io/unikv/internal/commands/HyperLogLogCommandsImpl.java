package io.unikv.internal.commands;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import io.unikv.codec.KvCodec;
import io.unikv.commands.RedisHyperLogLogAsyncCommands;
import io.unikv.internal.CommandExecutor;
import io.unikv.internal.Converters;
import io.unikv.internal.TypedCommand;
import io.unikv.transport.Command;
import io.unikv.transport.Reply;

/**
 * {@link RedisHyperLogLogAsyncCommands} over a command executor.
 *
 * @author unikv authors
 */
public final class HyperLogLogCommandsImpl implements RedisHyperLogLogAsyncCommands {

    private final CommandExecutor executor;

    private final KvCodec codec;

    /**
     * Create the family.
     * @param executor where commands go
     * @param codec how elements are written
     */
    public HyperLogLogCommandsImpl(CommandExecutor executor, KvCodec codec) {
        this.executor = executor;
        this.codec = codec;
    }

    @Override
    public CompletableFuture<Boolean> pfadd(String key, Object... elements) {
        return run(Command.write("PFADD", ArgList.of(key).values(this.codec, elements).toArray()), Converters.bool());
    }

    @Override
    public CompletableFuture<Long> pfcount(String... keys) {
        // PFCOUNT may rewrite the cached cardinality, but it is read-only for routing
        return run(Command.read("PFCOUNT", (Object[]) keys), Converters.integer());
    }

    @Override
    public CompletableFuture<Void> pfmerge(String destination, String... sources) {
        return run(Command.write("PFMERGE", ArgList.of(destination).add((Object[]) sources).toArray()),
                Converters.ok());
    }

    private <T> CompletableFuture<T> run(Command command, Function<Reply, T> converter) {
        return this.executor.execute(new TypedCommand<>(command, converter));
    }

}
