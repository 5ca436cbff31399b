package io.unikv.internal;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

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

    private @Nullable RedisStore sync;

    private @Nullable RedisAsyncStore async;

    StoreCore(Transport transport, KvCodec codec, KvLimits limits, SessionTokens tokens,
            Function<CommandExecutor, List<Object>> families) {
        this.transport = transport;
        this.codec = codec;
        this.limits = limits;
        this.tokens = tokens;
        this.executor = new TransportExecutor(transport, tokens);
        this.families = families;
    }

    void views(RedisStore sync, RedisAsyncStore async) {
        this.sync = sync;
        this.async = async;
    }

    CommandExecutor executor() {
        return this.executor;
    }

    public CompletableFuture<Reply> execute(Command command) {
        return this.executor.execute(new TypedCommand<>(command, Function.identity()));
    }

    public RedisAsyncStore async() {
        return this.async;
    }

    public RedisStore sync() {
        return this.sync;
    }

    public RedisBatch pipeline() {
        return batch(Request.Mode.PIPELINE);
    }

    public RedisBatch multi() {
        return batch(Request.Mode.TRANSACTION);
    }

    public @Nullable SyncToken syncToken() {
        return this.tokens.current();
    }

    public void useSyncToken(SyncToken token) {
        this.tokens.observe(token);
    }

    public KvLimits limits() {
        return this.limits;
    }

    public KvCodec codec() {
        return this.codec;
    }

    public void close() {
        this.transport.close();
    }

    private RedisBatch batch(Request.Mode mode) {
        BatchExecutor batch = new BatchExecutor(this.transport, this.tokens, mode);
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
