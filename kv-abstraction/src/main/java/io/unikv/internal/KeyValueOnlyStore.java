package io.unikv.internal;

import java.io.InputStream;
import java.util.Collection;
import java.util.Map;

import io.unikv.Consistency;
import io.unikv.KeyValueStore;
import io.unikv.KvEntry;
import io.unikv.KvLimits;
import io.unikv.KvListResult;
import io.unikv.ListOptions;
import io.unikv.PutOptions;
import io.unikv.SyncToken;
import io.unikv.codec.KvCodec;
import org.jspecify.annotations.Nullable;

/**
 * A {@link KeyValueStore} that is only that: the KV profile of a Redis store, without a
 * way back to its Redis commands, for applications that must stay within what a
 * Workers-KV-like store offers.
 *
 * @author unikv authors
 */
public final class KeyValueOnlyStore implements KeyValueStore {

    private final KeyValueStore store;

    /**
     * Limit a store to its KV profile.
     * @param store the store (closed with this one)
     */
    public KeyValueOnlyStore(KeyValueStore store) {
        this.store = store;
    }

    @Override
    public @Nullable String get(String key) {
        return this.store.get(key);
    }

    @Override
    public <T> @Nullable T get(String key, Class<T> type) {
        return this.store.get(key, type);
    }

    @Override
    public @Nullable InputStream getStream(String key) {
        return this.store.getStream(key);
    }

    @Override
    public Map<String, @Nullable String> get(Collection<String> keys) {
        return this.store.get(keys);
    }

    @Override
    public <T> Map<String, @Nullable T> get(Collection<String> keys, Class<T> type) {
        return this.store.get(keys, type);
    }

    @Override
    public <V, M> KvEntry<V, M> getWithMetadata(String key, Class<V> valueType, Class<M> metadataType) {
        return this.store.getWithMetadata(key, valueType, metadataType);
    }

    @Override
    public void put(String key, Object value, PutOptions options) {
        this.store.put(key, value, options);
    }

    @Override
    public void delete(String key) {
        this.store.delete(key);
    }

    @Override
    public <M> KvListResult<M> list(ListOptions options, Class<M> metadataType) {
        return this.store.list(options, metadataType);
    }

    @Override
    public @Nullable SyncToken syncToken() {
        return this.store.syncToken();
    }

    @Override
    public void useSyncToken(SyncToken token) {
        this.store.useSyncToken(token);
    }

    @Override
    public Consistency consistency() {
        return this.store.consistency();
    }

    @Override
    public KeyValueStore withConsistency(Consistency consistency) {
        return new KeyValueOnlyStore(this.store.withConsistency(consistency));
    }

    @Override
    public KvLimits limits() {
        return this.store.limits();
    }

    @Override
    public KvCodec codec() {
        return this.store.codec();
    }

    @Override
    public void close() {
        this.store.close();
    }

    @Override
    public String toString() {
        return "KeyValueStore over " + this.store;
    }

}
