package io.unikv.commands;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.unikv.KvServerException;
import org.jspecify.annotations.Nullable;

/**
 * Synchronous commands on keys of any type: existence, deletion, expiry, renaming and
 * iteration. TTL replies keep Redis's conventions: {@code -2} for a missing key,
 * {@code -1} for a key without expiry.
 *
 * @author unikv authors
 * @see RedisKeyAsyncCommands
 */
public interface RedisKeyCommands {

    /**
     * {@code DEL}.
     * @param keys the keys
     * @return how many keys were deleted
     */
    long del(String... keys);

    /**
     * {@code UNLINK}: delete keys, reclaiming memory in the background.
     * @param keys the keys
     * @return how many keys were unlinked
     */
    long unlink(String... keys);

    /**
     * {@code EXISTS}.
     * @param keys the keys; a key given twice counts twice
     * @return how many of the keys exist
     */
    long exists(String... keys);

    /**
     * {@code TYPE}.
     * @param key the key
     * @return the type name ({@code string}, {@code list}, {@code set}, {@code zset},
     * {@code hash}, {@code stream}), or {@code none} if the key does not exist
     */
    String type(String key);

    /**
     * {@code PEXPIRE} (or {@code EXPIRE} for whole seconds): set a relative expiry.
     * @param key the key
     * @param ttl the time to live; zero or negative deletes the key
     * @return {@code true} if the expiry was set
     */
    boolean expire(String key, Duration ttl);

    /**
     * {@code PEXPIRE} with a condition.
     * @param key the key
     * @param ttl the time to live
     * @param condition when to set it
     * @return {@code true} if the expiry was set, {@code false} if the key does not exist
     * or the condition was not met
     */
    boolean expire(String key, Duration ttl, ExpireCondition condition);

    /**
     * {@code PEXPIREAT} (or {@code EXPIREAT} for whole seconds): set an absolute expiry.
     * @param key the key
     * @param at when the key expires; a time in the past deletes it
     * @return {@code true} if the expiry was set
     */
    boolean expireAt(String key, Instant at);

    /**
     * {@code PEXPIREAT} with a condition.
     * @param key the key
     * @param at when the key expires
     * @param condition when to set it
     * @return {@code true} if the expiry was set
     */
    boolean expireAt(String key, Instant at, ExpireCondition condition);

    /**
     * {@code TTL}.
     * @param key the key
     * @return seconds to live, {@code -1} without expiry, {@code -2} if the key does not
     * exist
     */
    long ttl(String key);

    /**
     * {@code PTTL}.
     * @param key the key
     * @return milliseconds to live, {@code -1} without expiry, {@code -2} if missing
     */
    long pttl(String key);

    /**
     * {@code EXPIRETIME}.
     * @param key the key
     * @return the absolute expiry in Unix seconds, {@code -1} without expiry, {@code -2}
     * if missing
     */
    long expireTime(String key);

    /**
     * {@code PEXPIRETIME}.
     * @param key the key
     * @return the absolute expiry in Unix milliseconds, {@code -1} without expiry,
     * {@code -2} if missing
     */
    long pexpireTime(String key);

    /**
     * {@code PERSIST}: remove the expiry.
     * @param key the key
     * @return {@code true} if an expiry was removed
     */
    boolean persist(String key);

    /**
     * {@code RENAME}.
     * @param key the key
     * @param newKey the new name, overwritten if it exists
     * @throws KvServerException {@code ERR no such key} if the key does not exist
     */
    void rename(String key, String newKey);

    /**
     * {@code RENAMENX}.
     * @param key the key
     * @param newKey the new name
     * @return {@code true} if renamed, {@code false} if the new name already exists
     */
    boolean renameNx(String key, String newKey);

    /**
     * {@code COPY}.
     * @param source the key to copy
     * @param destination the new key
     * @param replace whether to overwrite an existing destination ({@code REPLACE})
     * @return {@code true} if copied
     */
    boolean copy(String source, String destination, boolean replace);

    /**
     * {@code TOUCH}: update the last access time.
     * @param keys the keys
     * @return how many of the keys exist
     */
    long touch(String... keys);

    /**
     * {@code KEYS}: every key matching a pattern. Blocks the server while it walks the
     * whole keyspace; prefer {@link #scan(String, ScanOptions)} outside tests.
     * @param pattern a glob pattern
     * @return the matching keys, in no particular order
     */
    List<String> keys(String pattern);

    /**
     * {@code SCAN}: one step of an incremental iteration over the keyspace.
     * @param cursor {@link ScanResult#START} to begin, then the cursor of the previous
     * result
     * @param options pattern, count hint and type filter
     * @return the keys of this step and the next cursor
     */
    ScanResult<String> scan(String cursor, ScanOptions options);

    /**
     * {@code RANDOMKEY}.
     * @return a random key, or {@code null} if the database is empty
     */
    @Nullable String randomKey();

    /**
     * {@code OBJECT ENCODING}.
     * @param key the key
     * @return the internal encoding, for example {@code listpack}, or {@code null} if
     * missing
     */
    @Nullable String objectEncoding(String key);

}
