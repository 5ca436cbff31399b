package io.unikv;

import java.time.Clock;
import java.util.Objects;

import io.unikv.codec.KvCodec;
import io.unikv.internal.DefaultRedisStore;
import io.unikv.internal.KeyValueOnlyStore;
import io.unikv.transport.Transport;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link RedisStore} (which is also a {@link KeyValueStore}) over a
 * {@link Transport}. Not thread-safe; the store it builds is.
 *
 * <pre class="code">
 * RedisStore store = RedisStore.builder().transport(transport).codec(KvCodec.json()).build();
 * </pre>
 *
 * @author unikv authors
 */
public final class RedisStoreBuilder {

    private @Nullable Transport transport;

    private KvCodec codec = defaultCodec();

    private KvLimits limits = KvLimits.strict();

    private Clock clock = Clock.systemUTC();

    private Consistency consistency = Consistency.READ_YOUR_WRITES;

    RedisStoreBuilder() {
    }

    /**
     * Use a transport (required). The store closes it when it is closed.
     * @param transport the transport
     * @return this builder
     */
    public RedisStoreBuilder transport(Transport transport) {
        this.transport = transport;
        return this;
    }

    /**
     * Use a codec for values; {@link KvCodec#json()} when Jackson is on the classpath,
     * otherwise {@link KvCodec#string()}.
     * @param codec the codec
     * @return this builder
     */
    public RedisStoreBuilder codec(KvCodec codec) {
        this.codec = codec;
        return this;
    }

    /**
     * Enforce limits in the KV profile; {@link KvLimits#strict()} by default.
     * @param limits the limits
     * @return this builder
     */
    public RedisStoreBuilder limits(KvLimits limits) {
        this.limits = limits;
        return this;
    }

    /**
     * Take time from a clock (KV expirations are checked against it).
     * @param clock the clock
     * @return this builder
     */
    public RedisStoreBuilder clock(Clock clock) {
        this.clock = clock;
        return this;
    }

    /**
     * Choose what reads promise when replicas serve them (default
     * {@link Consistency#READ_YOUR_WRITES}); {@link RedisStore#withConsistency} changes
     * it for some calls.
     * @param consistency the consistency
     * @return this builder
     */
    public RedisStoreBuilder consistency(Consistency consistency) {
        this.consistency = Objects.requireNonNull(consistency, "consistency");
        return this;
    }

    /**
     * Build the store.
     * @return the store
     * @throws IllegalStateException if no transport was set
     */
    public RedisStore build() {
        if (this.transport == null) {
            throw new IllegalStateException("A transport is required: call transport(...) before build()");
        }
        return DefaultRedisStore.create(this.transport, this.codec, this.limits, this.clock, this.consistency);
    }

    /**
     * Build a store limited to the KV profile: the same store as {@link #build()}, but
     * offering only the {@link KeyValueStore} operations (it is not a {@link RedisStore}
     * and cannot be cast to one), for code that must stay portable to Workers-KV-like
     * stores.
     * @return the store
     * @throws IllegalStateException if no transport was set
     */
    public KeyValueStore buildKeyValueStore() {
        return new KeyValueOnlyStore(build());
    }

    private static KvCodec defaultCodec() {
        try {
            Class.forName("tools.jackson.databind.json.JsonMapper", false, RedisStoreBuilder.class.getClassLoader());
            return KvCodec.json();
        }
        catch (ClassNotFoundException ex) {
            return KvCodec.string();
        }
    }

}
