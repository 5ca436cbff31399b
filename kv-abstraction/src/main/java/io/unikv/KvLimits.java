package io.unikv;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/**
 * The limits a {@link KeyValueStore} enforces before it sends anything. {@link #strict()}
 * is Cloudflare Workers KV's published limits with its messages; {@link #relaxed()} keeps
 * only what every backend needs. Each check throws {@link KvLimitException} with Workers
 * KV's text. Immutable and thread-safe.
 *
 * @param cloudflareKeyNames whether the key names {@code "."} and {@code ".."} are
 * refused (empty names are always refused)
 * @param maxKeyBytes the largest key, in UTF-8 bytes (also applies to list prefixes)
 * @param maxValueBytes the largest value, in bytes
 * @param maxMetadataBytes the largest metadata, in bytes of serialized JSON
 * @param minExpirationTtl the smallest {@code expirationTtl}, and the smallest distance
 * of an absolute {@code expiration} into the future
 * @param maxListLimit the largest {@code limit} of one {@code list} page
 * @param maxBulkKeys the most keys of one bulk {@code get}
 * @author unikv authors
 */
public record KvLimits(boolean cloudflareKeyNames, int maxKeyBytes, long maxValueBytes, int maxMetadataBytes,
        Duration minExpirationTtl, int maxListLimit, int maxBulkKeys) {

    private static final KvLimits STRICT = new KvLimits(true, 512, 25L * 1024 * 1024, 1024, Duration.ofSeconds(60),
            1000, 100);

    private static final KvLimits RELAXED = new KvLimits(false, 32 * 1024, Long.MAX_VALUE, Integer.MAX_VALUE,
            Duration.ofMillis(1), 10_000, 1000);

    /**
     * Check the values are usable.
     * @throws IllegalArgumentException if a size is not positive or the TTL is not
     * positive
     */
    public KvLimits {
        if (maxKeyBytes < 1 || maxValueBytes < 1 || maxMetadataBytes < 1 || maxListLimit < 1 || maxBulkKeys < 1) {
            throw new IllegalArgumentException("KV limits must be positive");
        }
        if (minExpirationTtl.isNegative() || minExpirationTtl.isZero()) {
            throw new IllegalArgumentException("minExpirationTtl must be positive, was " + minExpirationTtl);
        }
    }

    /**
     * Cloudflare Workers KV's limits: keys of 1 to 512 UTF-8 bytes other than {@code "."}
     * and {@code ".."}, values up to 25 MiB, metadata up to 1024 bytes, expirations at
     * least 60 s ahead, list pages of 1 to 1000 keys, bulk reads of 1 to 100 keys. The
     * default.
     * @return the strict limits
     */
    public static KvLimits strict() {
        return STRICT;
    }

    /**
     * Limits every backend can serve: non-empty keys up to 32 KiB (the Upstash REST key
     * cap), values and metadata checked only by the backend, expirations from 1 ms ahead,
     * list pages up to 10,000 keys and bulk reads up to 1000 keys.
     * @return the relaxed limits
     */
    public static KvLimits relaxed() {
        return RELAXED;
    }

    /**
     * Check a key name (or list prefix) for an operation.
     * @param operation the Workers KV operation name for the message ({@code GET},
     * {@code PUT}, {@code DELETE}, {@code GET_BULK})
     * @param key the key
     * @throws KvLimitException if the key is empty, a forbidden name, or too long
     */
    public void checkKey(String operation, String key) {
        if (key.isEmpty()) {
            throw new KvLimitException("Key name cannot be empty.");
        }
        if (this.cloudflareKeyNames && (key.equals(".") || key.equals(".."))) {
            throw new KvLimitException("\"" + key + "\" is not allowed as a key name.");
        }
        checkPrefix(operation, key);
    }

    /**
     * Check a list prefix, which may be empty but not longer than a key.
     * @param operation the operation name for the message
     * @param prefix the prefix
     * @throws KvLimitException if the prefix is too long
     */
    public void checkPrefix(String operation, String prefix) {
        int length = utf8Length(prefix);
        if (length > this.maxKeyBytes) {
            throw KvLimitException.failed(operation, 414,
                    "UTF-8 encoded length of " + length + " exceeds key length limit of " + this.maxKeyBytes + ".");
        }
    }

    /**
     * Check the size of a value to put.
     * @param bytes the encoded value's length
     * @throws KvLimitException if the value is too large
     */
    public void checkValue(long bytes) {
        if (bytes > this.maxValueBytes) {
            throw KvLimitException.failed("PUT", 413,
                    "Value length of " + bytes + " exceeds limit of " + this.maxValueBytes + ".");
        }
    }

    /**
     * Check the size of serialized metadata.
     * @param bytes the JSON length in bytes
     * @throws KvLimitException if the metadata is too large
     */
    public void checkMetadata(long bytes) {
        if (bytes > this.maxMetadataBytes) {
            throw KvLimitException.failed("PUT", 413,
                    "Metadata length of " + bytes + " exceeds limit of " + this.maxMetadataBytes + ".");
        }
    }

    /**
     * Check a relative expiration.
     * @param ttl the time to live
     * @throws KvLimitException if it is not positive or shorter than
     * {@link #minExpirationTtl()}
     */
    public void checkExpirationTtl(Duration ttl) {
        String shown = seconds(ttl);
        if (ttl.isNegative() || ttl.isZero()) {
            throw KvLimitException.failed("PUT", 400,
                    "Invalid expiration_ttl of " + shown + ". Please specify integer greater than 0.");
        }
        if (ttl.compareTo(this.minExpirationTtl) < 0) {
            throw KvLimitException.failed("PUT", 400, "Invalid expiration_ttl of " + shown
                    + ". Expiration TTL must be at least " + seconds(this.minExpirationTtl) + ".");
        }
    }

    /**
     * Check an absolute expiration.
     * @param expiration when the key should expire
     * @param now the current time, from the store's clock
     * @throws KvLimitException if it is not in the future, or closer than
     * {@link #minExpirationTtl()}
     */
    public void checkExpiration(Instant expiration, Instant now) {
        String shown = Long.toString(expiration.getEpochSecond());
        if (!expiration.isAfter(now)) {
            throw KvLimitException.failed("PUT", 400, "Invalid expiration of " + shown
                    + ". Please specify integer greater than the current number of seconds since the UNIX epoch.");
        }
        if (expiration.isBefore(now.plus(this.minExpirationTtl))) {
            throw KvLimitException.failed("PUT", 400,
                    "Invalid expiration of " + shown + ". Expiration times must be at least "
                            + seconds(this.minExpirationTtl) + " seconds in the future.");
        }
    }

    /**
     * Check the page size of a {@code list} call (which Workers KV reports as
     * {@code GET}).
     * @param limit the requested page size
     * @throws KvLimitException if it is below 1 or above {@link #maxListLimit()}
     */
    public void checkListLimit(int limit) {
        if (limit < 1) {
            throw KvLimitException.failed("GET", 400,
                    "Invalid key_count_limit of " + limit + ". Please specify an integer greater than 0.");
        }
        if (limit > this.maxListLimit) {
            // Workers KV says "less than" although the maximum itself is accepted.
            throw KvLimitException.failed("GET", 400, "Invalid key_count_limit of " + limit
                    + ". Please specify an integer less than " + this.maxListLimit + ".");
        }
    }

    /**
     * Check the number of keys of a bulk {@code get}.
     * @param count the number of keys requested
     * @throws KvLimitException if there are none or more than {@link #maxBulkKeys()}
     */
    public void checkBulkGet(int count) {
        if (count < 1) {
            throw KvLimitException.failed("GET_BULK", 400, "You must request a minimum of 1 key");
        }
        if (count > this.maxBulkKeys) {
            throw KvLimitException.failed("GET_BULK", 400,
                    "You can request a maximum of " + this.maxBulkKeys + " keys");
        }
    }

    private static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    private static String seconds(Duration duration) {
        // Workers KV takes whole seconds; show fractions only when a relaxed limit has
        // them.
        return (duration.getNano() == 0) ? Long.toString(duration.getSeconds())
                : Double.toString(duration.toMillis() / 1000.0);
    }

}
