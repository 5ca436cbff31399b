package io.unikv.internal.commands;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.unikv.commands.RedisServerAsyncCommands;
import io.unikv.internal.CommandExecutor;
import io.unikv.internal.Converters;
import io.unikv.internal.TypedCommand;
import io.unikv.transport.Command;
import io.unikv.transport.Reply;

/**
 * {@link RedisServerAsyncCommands} over a command executor: the model for every family.
 *
 * @author unikv authors
 */
public final class ServerCommandsImpl implements RedisServerAsyncCommands {

    private final CommandExecutor executor;

    /**
     * Create the family.
     * @param executor where commands go
     */
    public ServerCommandsImpl(CommandExecutor executor) {
        this.executor = executor;
    }

    @Override
    public CompletableFuture<String> ping() {
        return this.executor.execute(new TypedCommand<>(Command.read("PING"), Reply::asString));
    }

    @Override
    public CompletableFuture<String> echo(String message) {
        return this.executor.execute(new TypedCommand<>(Command.read("ECHO", message), Reply::asString));
    }

    @Override
    public CompletableFuture<Long> dbSize() {
        return this.executor.execute(new TypedCommand<>(Command.read("DBSIZE"), Converters.integer()));
    }

    @Override
    public CompletableFuture<Void> flushDb() {
        return this.executor.execute(new TypedCommand<>(Command.write("FLUSHDB"), Converters.ok()));
    }

    @Override
    public CompletableFuture<Void> flushAll() {
        return this.executor.execute(new TypedCommand<>(Command.write("FLUSHALL"), Converters.ok()));
    }

    @Override
    public CompletableFuture<Instant> time() {
        return this.executor.execute(new TypedCommand<>(Command.read("TIME"), (reply) -> {
            List<Reply> parts = reply.asList();
            return Instant.ofEpochSecond(parts.get(0).asLong(), parts.get(1).asLong() * 1000);
        }));
    }

    @Override
    public CompletableFuture<String> info(String section) {
        return this.executor.execute(new TypedCommand<>(Command.read("INFO", section), Reply::asString));
    }

}
