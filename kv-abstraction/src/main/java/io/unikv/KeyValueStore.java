package io.unikv;

import java.io.InputStream;
import java.util.Collection;
import java.util.Map;

import io.unikv.codec.KvCodec;
import org.jspecify.annotations.Nullable;

/**
 * The KV profile: Cloudflare Workers KV's small API in Java form, on any backend unikv
 * supports. Values go through the store's {@link KvCodec}; limits are the store's
 * {@link KvLimits} ({@link KvLimits#strict() Workers KV's own} unless configured
 * otherwise) and are checked before anything is sent, with Workers KV's messages.
 * <p>
 * Data is ordinary Redis data: the value under its key, its metadata written in the same
 * atomic step, and an ordered index so that {@link #list(ListOptions)} returns keys in
 * byte order and pages stably while keys expire or are deleted.
 * <p>
 * Unlike Workers KV, reads see the store's own writes at once (read-your-writes), across
 * regions too. Implementations are thread-safe.
 *
 * <pre class="code">
 * store.put("greeting", "hello");
 * String greeting = store.get("greeting");                 // "hello"
 * store.put("user:1", new User("Ada"), PutOptions.expirationTtl(Duration.ofHours(1)));
 * User user = store.get("user:1", User.class);
 * KvListResult&lt;Object&gt; page = store.list(ListOptions.prefix("user:"));
 * </pre>
 *
 * @author unikv authors
 * @see RedisStore
 */
public interface KeyValueStore extends AutoCloseable {

    /**
     * Read a value as text.
     * @param key the key
     * @return the value, or {@code null} if the key does not exist
     * @throws KvLimitException if the key breaks the limits
     */
    @Nullable String get(String key);

    /**
     * Read a value as a type, through the store's codec.
     * @param <T> the type
     * @param key the key
     * @param type the type, for example {@code String.class}, {@code byte[].class} or a
     * JSON class
     * @return the value, or {@code null} if the key does not exist
     * @throws KvCodecException if the stored bytes cannot be read as that type
     */
    <T> @Nullable T get(String key, Class<T> type);

    /**
     * Read a value as a stream of bytes.
     * @param key the key
     * @return the stream, or {@code null} if the key does not exist
     */
    @Nullable InputStream getStream(String key);

    /**
     * Read several values at once (Workers KV's bulk read), as text.
     * @param keys 1 to 100 keys (by default)
     * @return every requested key mapped to its value or {@code null}, in the order given
     * @throws KvLimitException if there are too many or no keys
     */
    Map<String, @Nullable String> get(Collection<String> keys);

    /**
     * Read several values at once, as a type.
     * @param <T> the type
     * @param keys 1 to 100 keys (by default)
     * @param type the type
     * @return every requested key mapped to its value or {@code null}, in the order given
     */
    <T> Map<String, @Nullable T> get(Collection<String> keys, Class<T> type);

    /**
     * Read a value and its metadata together.
     * @param <V> the value type
     * @param <M> the metadata type (JSON); {@code Object.class} gives maps and lists
     * @param key the key
     * @param valueType the value type
     * @param metadataType the metadata type
     * @return the entry; both parts are {@code null} if the key does not exist
     */
    <V, M> KvEntry<V, M> getWithMetadata(String key, Class<V> valueType, Class<M> metadataType);

    /**
     * Write a value that never expires and has no metadata, replacing any previous value
     * and metadata.
     * @param key the key
     * @param value the value: text, bytes, a number, or an object the codec can write
     * @throws KvLimitException if the key or value breaks the limits
     */
    default void put(String key, Object value) {
        put(key, value, PutOptions.none());
    }

    /**
     * Write a value with an expiry and metadata, replacing any previous value and
     * metadata atomically.
     * @param key the key
     * @param value the value
     * @param options expiry and metadata
     * @throws KvLimitException if the key, value, metadata or expiry breaks the limits
     */
    void put(String key, Object value, PutOptions options);

    /**
     * Delete a key with its metadata. Deleting a missing key succeeds.
     * @param key the key
     */
    void delete(String key);

    /**
     * List keys in ascending byte order, one page at a time, with their expirations and
     * metadata read as generic JSON (maps, lists, strings, numbers, booleans).
     * @param options prefix, limit and cursor
     * @return the page
     * @throws KvLimitException if the limit or prefix breaks the limits
     */
    default KvListResult<Object> list(ListOptions options) {
        return list(options, Object.class);
    }

    /**
     * List keys with metadata read as a type.
     * @param <M> the metadata type
     * @param options prefix, limit and cursor
     * @param metadataType the metadata type
     * @return the page
     */
    <M> KvListResult<M> list(ListOptions options, Class<M> metadataType);

    /**
     * Return the newest sync token this store has seen (session mode): reads made through
     * this store see at least that point of the primary's history.
     * @return the token, or {@code null} before the first request
     */
    @Nullable SyncToken syncToken();

    /**
     * Make this store's next reads see at least the point a token names, for example a
     * token another service handed on. A token older than the one the store holds is
     * ignored where the backend can tell.
     * @param token the token
     */
    void useSyncToken(SyncToken token);

    /**
     * Return what this store's reads promise.
     * @return the consistency
     */
    Consistency consistency();

    /**
     * Return a view of this store whose reads promise another consistency, for example
     * {@code store.withConsistency(Consistency.STRONG).get("balance")}. The view shares
     * the transport and the session's sync token; closing it closes the transport.
     * @param consistency the consistency
     * @return the view
     */
    KeyValueStore withConsistency(Consistency consistency);

    /**
     * Return the limits this store enforces.
     * @return the limits
     */
    KvLimits limits();

    /**
     * Return the codec values go through.
     * @return the codec
     */
    KvCodec codec();

    /**
     * Close the store and the transport it was built with. Calls made afterwards fail
     * with {@link KvUnavailableException}. Idempotent. A store is meant to be shared and
     * closed once, when the application stops (Spring does so for store beans).
     */
    @Override
    void close();

}
