package io.unikv.internal.commands;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import io.unikv.codec.KvCodec;
import io.unikv.commands.BitFieldOperations;
import io.unikv.commands.BitOperation;
import io.unikv.commands.BitUnit;
import io.unikv.commands.RedisBitmapAsyncCommands;
import io.unikv.internal.CollectionConverters;
import io.unikv.internal.CommandExecutor;
import io.unikv.internal.Converters;
import io.unikv.internal.TypedCommand;
import io.unikv.transport.Command;
import io.unikv.transport.Reply;
import org.jspecify.annotations.Nullable;

/**
 * {@link RedisBitmapAsyncCommands} over a command executor.
 *
 * @author unikv authors
 */
public final class BitmapCommandsImpl implements RedisBitmapAsyncCommands {

    private final CommandExecutor executor;

    /**
     * Create the family.
     * @param executor where commands go
     * @param codec the store's codec (bitmaps take no values)
     */
    public BitmapCommandsImpl(CommandExecutor executor, KvCodec codec) {
        this.executor = executor;
    }

    @Override
    public CompletableFuture<Boolean> setbit(String key, long offset, boolean value) {
        return run(Command.write("SETBIT", key, offset, value ? 1 : 0), Converters.bool());
    }

    @Override
    public CompletableFuture<Boolean> getbit(String key, long offset) {
        return run(Command.read("GETBIT", key, offset), Converters.bool());
    }

    @Override
    public CompletableFuture<Long> bitcount(String key) {
        return run(Command.read("BITCOUNT", key), Converters.integer());
    }

    @Override
    public CompletableFuture<Long> bitcount(String key, long start, long end) {
        return run(Command.read("BITCOUNT", key, start, end), Converters.integer());
    }

    @Override
    public CompletableFuture<Long> bitcount(String key, long start, long end, BitUnit unit) {
        return run(Command.read("BITCOUNT", key, start, end, unit.name()), Converters.integer());
    }

    @Override
    public CompletableFuture<Long> bitpos(String key, boolean bit) {
        return run(Command.read("BITPOS", key, bit ? 1 : 0), Converters.integer());
    }

    @Override
    public CompletableFuture<Long> bitpos(String key, boolean bit, long start) {
        return run(Command.read("BITPOS", key, bit ? 1 : 0, start), Converters.integer());
    }

    @Override
    public CompletableFuture<Long> bitpos(String key, boolean bit, long start, long end, BitUnit unit) {
        return run(Command.read("BITPOS", key, bit ? 1 : 0, start, end, unit.name()), Converters.integer());
    }

    @Override
    public CompletableFuture<Long> bitop(BitOperation operation, String destination, String... keys) {
        return run(Command.write("BITOP", ArgList.of(operation.name(), destination).add((Object[]) keys).toArray()),
                Converters.integer());
    }

    @Override
    public CompletableFuture<List<@Nullable Long>> bitfield(String key, BitFieldOperations operations) {
        Object[] args = ArgList.of(key).addAll(operations.arguments()).toArray();
        return run(Command.write("BITFIELD", args), Converters.list(CollectionConverters.optionalInteger()));
    }

    @Override
    public CompletableFuture<List<Long>> bitfieldRo(String key, BitFieldOperations operations) {
        if (!operations.isReadOnly()) {
            throw new IllegalArgumentException("BITFIELD_RO only supports the GET subcommand: " + operations);
        }
        Object[] args = ArgList.of(key).addAll(operations.arguments()).toArray();
        return run(Command.read("BITFIELD_RO", args), Converters.list(Converters.integer()));
    }

    private <T> CompletableFuture<T> run(Command command, Function<Reply, T> converter) {
        return this.executor.execute(new TypedCommand<>(command, converter));
    }

}
