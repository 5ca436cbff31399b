package io.unikv.internal;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import io.unikv.Consistency;
import io.unikv.KvLimits;
import io.unikv.RedisAsyncStore;
import io.unikv.RedisBatch;
import io.unikv.RedisStore;
import io.unikv.SyncToken;
import io.unikv.codec.KvCodec;
import io.unikv.transport.Command;
import io.unikv.transport.Reply;
import io.unikv.transport.Request;
import io.unikv.transport.Transport;
import org.jspecify.annotations.Nullable;

/**
 * The methods of a store that are not command families: generic execution, views,
 * batches, sync tokens and configuration. Shared by the sync store and its async view.
 *
 * @author unikv authors
 */
public final class StoreCore {

    private final Transport transport;

    private final KvCodec codec;

    private final KvLimits limits;

    private final SessionTokens tokens;

    private final CommandExecutor executor;

    private final Function<CommandExecutor, List<Object>> families;

    private final Consistency consistency;

    private final Function<Consistency, RedisStore> views;

    private @Nullable RedisStore sync;

    private @Nullable RedisAsyncStore async;

    private volatile io.unikv.pubsub.@Nullable RedisPubSub pubSub;

    StoreCore(Transport transport, KvCodec codec, KvLimits limits, SessionTokens tokens, Consistency consistency,
            Function<CommandExecutor, List<Object>> families, Function<Consistency, RedisStore> views) {
        this.transport = transport;
        this.codec = codec;
        this.limits = limits;
        this.tokens = tokens;
        this.consistency = consistency;
        this.executor = new TransportExecutor(transport, tokens, consistency);
        this.families = families;
        this.views = views;
    }

    void views(RedisStore sync, RedisAsyncStore async) {
        this.sync = sync;
        this.async = async;
    }

    CommandExecutor executor() {
        return this.executor;
    }

    /**
     * Run any command; see {@link io.unikv.RedisStore#execute(Command)}.
     * @param command the command
     * @return its reply; fails with a {@link io.unikv.KvServerException} for an error
     * reply
     */
    public CompletableFuture<Reply> execute(Command command) {
        return this.executor.execute(new TypedCommand<>(command, Function.identity()));
    }

    /**
     * Whether the transport talks to a Redis Cluster; see {@link Transport#clustered()}.
     * @return {@code true} for a cluster
     */
    public boolean clustered() {
        return this.transport.clustered();
    }

    /**
     * See {@link io.unikv.RedisStore#async()}.
     * @return the async view
     */
    public RedisAsyncStore async() {
        return this.async;
    }

    /**
     * See {@link io.unikv.RedisAsyncStore#sync()}.
     * @return the blocking store
     */
    public RedisStore sync() {
        return this.sync;
    }

    /**
     * See {@link io.unikv.RedisStore#pubSub()}.
     * @return the pub/sub view, created on first use
     */
    public io.unikv.pubsub.RedisPubSub pubSub() {
        io.unikv.pubsub.RedisPubSub current = this.pubSub;
        if (current == null) {
            current = new io.unikv.internal.pubsub.DefaultRedisPubSub(this.transport, this.executor, this.codec);
            this.pubSub = current;
        }
        return current;
    }

    /**
     * See {@link io.unikv.RedisStore#pipeline()}.
     * @return a new pipeline
     */
    public RedisBatch pipeline() {
        return batch(Request.Mode.PIPELINE);
    }

    /**
     * See {@link io.unikv.RedisStore#multi()}.
     * @return a new transaction
     */
    public RedisBatch multi() {
        return batch(Request.Mode.TRANSACTION);
    }

    /**
     * See {@link io.unikv.KeyValueStore#consistency()}.
     * @return the consistency
     */
    public Consistency consistency() {
        return this.consistency;
    }

    /**
     * See {@link io.unikv.RedisStore#withConsistency(Consistency)}.
     * @param consistency the consistency
     * @return a view sharing this store's transport and session
     */
    public RedisStore withConsistency(Consistency consistency) {
        return (consistency == this.consistency) ? this.sync : this.views.apply(consistency);
    }

    /**
     * See {@link io.unikv.KeyValueStore#syncToken()}.
     * @return the newest token, or {@code null}
     */
    public @Nullable SyncToken syncToken() {
        return this.tokens.current();
    }

    /**
     * See {@link io.unikv.KeyValueStore#useSyncToken(SyncToken)}.
     * @param token the token
     */
    public void useSyncToken(SyncToken token) {
        this.tokens.observe(token);
    }

    /**
     * See {@link io.unikv.KeyValueStore#limits()}.
     * @return the limits
     */
    public KvLimits limits() {
        return this.limits;
    }

    /**
     * See {@link io.unikv.KeyValueStore#codec()}.
     * @return the codec
     */
    public KvCodec codec() {
        return this.codec;
    }

    /**
     * Close the transport.
     */
    public void close() {
        this.transport.close();
    }

    private RedisBatch batch(Request.Mode mode) {
        BatchExecutor batch = new BatchExecutor(this.transport, this.tokens, this.consistency, mode);
        Object[] targets = concat(new BatchCore(batch), this.families.apply(batch));
        return SyncInvocationHandler.create(RedisBatch.class, targets);
    }

    static Object[] concat(Object first, List<Object> rest) {
        Object[] all = new Object[rest.size() + 1];
        all[0] = first;
        for (int i = 0; i < rest.size(); i++) {
            all[i + 1] = rest.get(i);
        }
        return all;
    }

    /**
     * The non-family methods of a batch.
     */
    public static final class BatchCore {

        private final BatchExecutor batch;

        BatchCore(BatchExecutor batch) {
            this.batch = batch;
        }

        public CompletableFuture<Reply> execute(Command command) {
            return this.batch.execute(new TypedCommand<>(command, Function.identity()));
        }

        public int size() {
            return this.batch.size();
        }

        public List<Reply> exec() {
            return this.batch.exec();
        }

    }

}
