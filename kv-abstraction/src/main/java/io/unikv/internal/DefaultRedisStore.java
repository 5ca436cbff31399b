package io.unikv.internal;

import java.time.Clock;
import java.util.List;

import io.unikv.Consistency;
import io.unikv.KvLimits;
import io.unikv.RedisAsyncStore;
import io.unikv.RedisStore;
import io.unikv.codec.KvCodec;
import io.unikv.transport.Transport;

/**
 * Assembles a store: the command families are written once, asynchronously, over a
 * {@link CommandExecutor}; the blocking {@link RedisStore}, its {@link RedisAsyncStore}
 * view and every batch are proxies over them (Lettuce's design).
 *
 * @author unikv authors
 */
public final class DefaultRedisStore {

    private DefaultRedisStore() {
    }

    /**
     * Create a store.
     * @param transport the transport
     * @param codec the value codec
     * @param limits the KV profile's limits
     * @param clock the clock
     * @param consistency what reads promise
     * @return the store
     */
    public static RedisStore create(Transport transport, KvCodec codec, KvLimits limits, Clock clock,
            Consistency consistency) {
        return create(transport, codec, limits, clock, consistency, new SessionTokens());
    }

    private static RedisStore create(Transport transport, KvCodec codec, KvLimits limits, Clock clock,
            Consistency consistency, SessionTokens tokens) {
        StoreCore core = new StoreCore(transport, codec, limits, tokens, consistency,
                (executor) -> Families.create(executor, codec),
                (other) -> create(transport, codec, limits, clock, other, tokens));
        List<Object> families = Families.create(core.executor(), codec);
        List<Object> rest = new java.util.ArrayList<>(families);
        // after the families: get(String) is Redis GET; the KV-only methods come from
        // here
        rest.add(new KeyValueProfile(core, codec, limits, clock));
        Object[] targets = StoreCore.concat(core, rest);
        RedisStore sync = SyncInvocationHandler.create(RedisStore.class, targets);
        RedisAsyncStore async = SyncInvocationHandler.create(RedisAsyncStore.class, targets);
        core.views(sync, async);
        return sync;
    }

}
