package io.unikv;

import java.util.concurrent.CompletableFuture;

import io.unikv.commands.RedisHashAsyncCommands;
import io.unikv.commands.RedisJsonAsyncCommands;
import io.unikv.commands.RedisKeyAsyncCommands;
import io.unikv.commands.RedisListAsyncCommands;
import io.unikv.commands.RedisScriptingAsyncCommands;
import io.unikv.commands.RedisServerAsyncCommands;
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
 * The non-blocking view of a {@link RedisStore}: the same commands returning
 * {@link CompletableFuture}s. A future fails with the exception the blocking method would
 * throw. Futures complete on a transport thread: do not block inside their callbacks.
 * Concurrent calls may be batched into one round trip by the transport (auto-pipelining).
 * Thread-safe.
 *
 * @author unikv authors
 */
public interface RedisAsyncStore extends RedisStringAsyncCommands, RedisKeyAsyncCommands, RedisHashAsyncCommands,
        RedisListAsyncCommands, RedisSetAsyncCommands, RedisSortedSetAsyncCommands, RedisScriptingAsyncCommands,
        RedisServerAsyncCommands, RedisBitmapAsyncCommands, RedisHyperLogLogAsyncCommands, RedisGeoAsyncCommands,
        RedisJsonAsyncCommands, RedisStreamAsyncCommands {

    /**
     * Run any command, treated as a write.
     * @param command the command name
     * @param args the arguments
     * @return a future completing with the reply
     */
    default CompletableFuture<Reply> execute(String command, Object... args) {
        return execute(Command.write(command, args));
    }

    /**
     * Run a command built by the caller.
     * @param command the command
     * @return a future completing with the reply, failing with {@link KvServerException}
     * for an error reply
     */
    CompletableFuture<Reply> execute(Command command);

    /**
     * Return the blocking view of the same store.
     * @return the store
     */
    RedisStore sync();

    /**
     * Return pub/sub for this store; see {@link RedisStore#pubSub()}. It offers blocking
     * and non-blocking methods.
     * @return the pub/sub view
     */
    io.unikv.pubsub.RedisPubSub pubSub();

}
