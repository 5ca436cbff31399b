package io.unikv;

import io.unikv.commands.RedisHashCommands;
import io.unikv.commands.RedisJsonCommands;
import io.unikv.commands.RedisKeyCommands;
import io.unikv.commands.RedisListCommands;
import io.unikv.commands.RedisScriptingCommands;
import io.unikv.commands.RedisServerCommands;
import io.unikv.commands.RedisSetCommands;
import io.unikv.commands.RedisSortedSetCommands;
import io.unikv.commands.RedisStreamCommands;
import io.unikv.commands.RedisStringCommands;
import io.unikv.commands.RedisBitmapCommands;
import io.unikv.commands.RedisHyperLogLogCommands;
import io.unikv.commands.RedisGeoCommands;
import io.unikv.transport.Command;
import io.unikv.transport.Reply;

/**
 * The Redis profile: typed Redis commands on any backend unikv supports, composed of one
 * interface per data-type family (Lettuce's layout), plus everything of the
 * {@link KeyValueStore} KV profile on the same data. Values go through the store's
 * {@link io.unikv.codec.KvCodec}; server error replies throw {@link KvServerException}
 * with Redis's text.
 * <p>
 * Every call runs through one pipeline of decorators over a
 * {@link io.unikv.transport.Transport} (observation, resilience, read-your-writes, region
 * routing), so all backends behave the same. Methods block the calling thread;
 * {@link #async()} is the non-blocking view of the same store, {@link #pipeline()} and
 * {@link #multi()} batch commands into one round trip. Implementations are thread-safe.
 *
 * <pre class="code">
 * store.set("counter", 0);
 * long next = store.incr("counter");
 * store.hset("user:1", Map.of("name", "Ada", "lang", "en"));
 * RedisBatch batch = store.pipeline();
 * CompletableFuture&lt;Long&gt; hits = batch.incr("hits");
 * batch.expire("hits", Duration.ofMinutes(1));
 * batch.exec();
 * </pre>
 *
 * @author unikv authors
 */
public interface RedisStore extends KeyValueStore, RedisStringCommands, RedisKeyCommands, RedisHashCommands,
        RedisListCommands, RedisSetCommands, RedisSortedSetCommands, RedisScriptingCommands, RedisServerCommands,
        RedisBitmapCommands, RedisHyperLogLogCommands, RedisGeoCommands, RedisJsonCommands, RedisStreamCommands {

    /**
     * Start building a store over a transport.
     * @return a builder
     */
    static RedisStoreBuilder builder() {
        return new RedisStoreBuilder();
    }

    /**
     * Run any command, for those without a typed method. The command is treated as a
     * write (sent to the primary, never retried); use {@link #execute(Command)} with
     * {@link Command#read(String, Object...)} for a read.
     * @param command the command name, for example {@code "OBJECT"}
     * @param args the arguments: text, bytes, numbers or booleans
     * @return the reply
     * @throws KvServerException if the server answers with an error
     */
    default Reply execute(String command, Object... args) {
        return execute(Command.write(command, args));
    }

    /**
     * Run a command built by the caller.
     * @param command the command
     * @return the reply
     * @throws KvServerException if the server answers with an error
     */
    Reply execute(Command command);

    /**
     * Return the non-blocking view of this store; it shares connections, sync token and
     * configuration.
     * @return the async view
     */
    RedisAsyncStore async();

    @Override
    RedisStore withConsistency(Consistency consistency);

    /**
     * Return pub/sub for this store: publishing, and subscriptions that each hold a
     * connection (RESP) or event stream (REST) of their own.
     * @return the pub/sub view, shared by the store and its {@link #async()} view
     */
    io.unikv.pubsub.RedisPubSub pubSub();

    /**
     * Start a pipeline: commands queued on the batch are sent together by
     * {@link RedisBatch#exec()}, in order, not atomically.
     * @return a new batch
     */
    RedisBatch pipeline();

    /**
     * Start a transaction: commands queued on the batch run atomically between
     * {@code MULTI} and {@code EXEC} when {@link RedisBatch#exec()} is called.
     * @return a new batch
     */
    RedisBatch multi();

}
