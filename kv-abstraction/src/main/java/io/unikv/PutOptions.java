package io.unikv;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Options of {@link KeyValueStore#put(String, Object, PutOptions)}: when the key expires
 * and the metadata stored with it. Immutable; each {@code with...} method returns a copy.
 * <p>
 * Like Workers KV, a put carries either an absolute {@code expiration} or a relative
 * {@code expirationTtl}; setting one clears the other. The store checks both against its
 * {@link KvLimits} (60 s minimum by default) when the put is made.
 *
 * <pre class="code">
 * store.put("session:42", session, PutOptions.expirationTtl(Duration.ofMinutes(30)).withMetadata(Map.of("user", 42)));
 * </pre>
 *
 * @author unikv authors
 */
public final class PutOptions {

    private static final PutOptions NONE = new PutOptions(null, null, null);

    private final @Nullable Instant expiration;

    private final @Nullable Duration expirationTtl;

    private final @Nullable Object metadata;

    private PutOptions(@Nullable Instant expiration, @Nullable Duration expirationTtl, @Nullable Object metadata) {
        this.expiration = expiration;
        this.expirationTtl = expirationTtl;
        this.metadata = metadata;
    }

    /**
     * Options with no expiry and no metadata: the key lives until it is deleted.
     * @return the options
     */
    public static PutOptions none() {
        return NONE;
    }

    /**
     * Options that expire the key at an absolute time.
     * @param expiration when the key expires
     * @return the options
     */
    public static PutOptions expiration(Instant expiration) {
        return NONE.withExpiration(expiration);
    }

    /**
     * Options that expire the key a duration after the put.
     * @param ttl the time to live
     * @return the options
     */
    public static PutOptions expirationTtl(Duration ttl) {
        return NONE.withExpirationTtl(ttl);
    }

    /**
     * Options that store metadata with the value.
     * @param metadata a JSON-serializable object
     * @return the options
     */
    public static PutOptions metadata(Object metadata) {
        return NONE.withMetadata(metadata);
    }

    /**
     * Return a copy that expires at an absolute time, clearing any relative TTL.
     * @param expiration when the key expires
     * @return the new options
     */
    public PutOptions withExpiration(Instant expiration) {
        return new PutOptions(expiration, null, this.metadata);
    }

    /**
     * Return a copy that expires a duration after the put, clearing any absolute
     * expiration.
     * @param ttl the time to live
     * @return the new options
     */
    public PutOptions withExpirationTtl(Duration ttl) {
        return new PutOptions(null, ttl, this.metadata);
    }

    /**
     * Return a copy with metadata, serialized as JSON (at most 1024 bytes by default).
     * @param metadata a JSON-serializable object, or {@code null} for none
     * @return the new options
     */
    public PutOptions withMetadata(@Nullable Object metadata) {
        return new PutOptions(this.expiration, this.expirationTtl, metadata);
    }

    /**
     * Return the absolute expiration.
     * @return the expiration, or {@code null}
     */
    public @Nullable Instant getExpiration() {
        return this.expiration;
    }

    /**
     * Return the relative expiration.
     * @return the time to live, or {@code null}
     */
    public @Nullable Duration getExpirationTtl() {
        return this.expirationTtl;
    }

    /**
     * Return the metadata.
     * @return the metadata, or {@code null}
     */
    public @Nullable Object getMetadata() {
        return this.metadata;
    }

    /**
     * Check the options against limits and return when the key expires.
     * @param limits the store's limits
     * @param now the current time
     * @return the absolute expiry, or {@code null} if the key does not expire
     * @throws KvLimitException if an expiry breaks the limits
     */
    public @Nullable Instant resolveExpiry(KvLimits limits, Instant now) {
        if (this.expirationTtl != null) {
            limits.checkExpirationTtl(this.expirationTtl);
            return now.plus(this.expirationTtl);
        }
        if (this.expiration != null) {
            limits.checkExpiration(this.expiration, now);
        }
        return this.expiration;
    }

}
