package io.unikv.internal;

import java.util.concurrent.CompletableFuture;

/**
 * Runs typed commands: against the transport at once, or queued in a batch.
 *
 * @author unikv authors
 */
public interface CommandExecutor {

    /**
     * Run a command.
     * @param <T> the result type
     * @param command the command
     * @return its result; fails with the {@link io.unikv.KvException} the reply or
     * transport produced
     */
    <T> CompletableFuture<T> execute(TypedCommand<T> command);

}
