package io.unikv.testserver.internal.engine;

import org.jspecify.annotations.Nullable;

/**
 * Executes one command on the engine thread.
 *
 * @author unikv authors
 */
@FunctionalInterface
public interface CommandHandler {

    /**
     * Execute the command.
     * @param ctx the arguments, client and keyspace
     * @return the reply, or {@code null} if the client was blocked and will be answered
     * later
     * @throws RedisError to answer with an error reply
     */
    @Nullable Reply handle(CommandContext ctx);

}
