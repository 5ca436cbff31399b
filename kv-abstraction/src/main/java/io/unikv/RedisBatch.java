package io.unikv;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.unikv.commands.RedisHashAsyncCommands;
import io.unikv.commands.RedisJsonAsyncCommands;
import io.unikv.commands.RedisKeyAsyncCommands;
import io.unikv.commands.RedisListAsyncCommands;
import io.unikv.commands.RedisScriptingAsyncCommands;
import io.unikv.commands.RedisSetAsyncCommands;
import io.unikv.commands.RedisSortedSetAsyncCommands;
import io.unikv.commands.RedisStreamAsyncCommands;
import io.unikv.commands.RedisStringAsyncCommands;
import io.unikv.commands.RedisBitmapAsyncCommands;
import io.unikv.commands.RedisHyperLogLogAsyncCommands;
import io.unikv.commands.RedisGeoAsyncCommands;
import io.unikv.transport.Command;
import io.unikv.transport.Reply;

/**
 * Commands queued to be sent together, as a pipeline ({@link RedisStore#pipeline()}) or a
 * MULTI/EXEC transaction ({@link RedisStore#multi()}). Each queued call returns a future
 * that completes only after {@link #exec()}: with its typed reply, or failing with
 * {@link KvServerException} if that command's reply was an error.
 * <p>
 * A batch is single-use and not thread-safe: queue from one thread, then call
 * {@link #exec()} once. Blocking commands cannot be queued.
 *
 * @author unikv authors
 */
public interface RedisBatch
        extends RedisStringAsyncCommands, RedisKeyAsyncCommands, RedisHashAsyncCommands, RedisListAsyncCommands,
        RedisSetAsyncCommands, RedisSortedSetAsyncCommands, RedisScriptingAsyncCommands, RedisBitmapAsyncCommands,
        RedisHyperLogLogAsyncCommands, RedisGeoAsyncCommands, RedisJsonAsyncCommands, RedisStreamAsyncCommands {

    /**
     * Queue any command, treated as a write.
     * @param command the command name
     * @param args the arguments
     * @return a future completing with the reply after {@link #exec()}
     */
    default CompletableFuture<Reply> execute(String command, Object... args) {
        return execute(Command.write(command, args));
    }

    /**
     * Queue a command built by the caller.
     * @param command the command
     * @return a future completing with the reply after {@link #exec()}
     */
    CompletableFuture<Reply> execute(Command command);

    /**
     * Return how many commands are queued.
     * @return the count
     */
    int size();

    /**
     * Send the queued commands and wait for their replies. Per-command errors do not
     * throw here; they are {@link Reply.Error} values in the list and fail that command's
     * future.
     * @return one raw reply per queued command, in order
     * @throws IllegalStateException if the batch is empty or was already executed
     * @throws KvServerException if the server discarded the whole transaction (for
     * example {@code EXECABORT} after a syntax error)
     */
    List<Reply> exec();

}
