package io.unikv.commands;

import java.util.List;
import java.util.Map;

import io.unikv.KvServerException;
import org.jspecify.annotations.Nullable;

/**
 * Synchronous commands for strings and counters. Values are written through the store's
 * {@link io.unikv.codec.KvCodec} and read back as text or as a requested type. Error
 * replies throw {@link KvServerException} with Redis's text, for example
 * {@code WRONGTYPE} when the key holds another type.
 *
 * @author unikv authors
 * @see RedisStringAsyncCommands
 */
public interface RedisStringCommands {

    /**
     * {@code GET}: read a value as text.
     * @param key the key
     * @return the value, or {@code null} if the key does not exist
     */
    @Nullable String get(String key);

    /**
     * {@code GET}: read a value as a type.
     * @param <T> the type
     * @param key the key
     * @param type the type the codec decodes into
     * @return the value, or {@code null} if the key does not exist
     */
    <T> @Nullable T get(String key, Class<T> type);

    /**
     * {@code SET}: write a value, clearing any TTL.
     * @param key the key
     * @param value the value
     */
    void set(String key, Object value);

    /**
     * {@code SET} with options.
     * @param key the key
     * @param value the value
     * @param options expiry and {@code NX}/{@code XX} condition
     * @return {@code true} if the value was written, {@code false} if the condition was
     * not met
     */
    boolean set(String key, Object value, SetOptions options);

    /**
     * {@code SET ... GET}: write a value and return the previous one.
     * @param key the key
     * @param value the value
     * @param options expiry and condition
     * @return the previous value as text, or {@code null} if there was none
     */
    @Nullable String setGet(String key, Object value, SetOptions options);

    /**
     * {@code GETDEL}: read a value and delete the key.
     * @param key the key
     * @return the value, or {@code null} if the key did not exist
     */
    @Nullable String getDel(String key);

    /**
     * {@code GETEX}: read a value and change its expiry.
     * @param key the key
     * @param options the new expiry, or {@code PERSIST}
     * @return the value, or {@code null} if the key does not exist
     */
    @Nullable String getEx(String key, GetExOptions options);

    /**
     * {@code MGET}: read several values as text.
     * @param keys the keys
     * @return one value per key, in order, {@code null} for missing keys or non-strings
     */
    List<@Nullable String> mget(String... keys);

    /**
     * {@code MGET}: read several values as a type.
     * @param <T> the type
     * @param type the type
     * @param keys the keys
     * @return one value per key, in order, {@code null} for missing keys or non-strings
     */
    <T> List<@Nullable T> mget(Class<T> type, String... keys);

    /**
     * {@code MSET}: write several values at once.
     * @param values the keys and values, written in the map's iteration order
     */
    void mset(Map<String, ?> values);

    /**
     * {@code MSETNX}: write several values only if none of the keys exists.
     * @param values the keys and values
     * @return {@code true} if all were written, {@code false} if none was
     */
    boolean msetnx(Map<String, ?> values);

    /**
     * {@code INCR}.
     * @param key the key; a missing key counts as 0
     * @return the value after the increment
     * @throws KvServerException {@code ERR value is not an integer or out of range}
     */
    long incr(String key);

    /**
     * {@code INCRBY}.
     * @param key the key
     * @param amount the increment, may be negative
     * @return the value after the increment
     */
    long incrBy(String key, long amount);

    /**
     * {@code DECR}.
     * @param key the key
     * @return the value after the decrement
     */
    long decr(String key);

    /**
     * {@code DECRBY}.
     * @param key the key
     * @param amount the decrement
     * @return the value after the decrement
     */
    long decrBy(String key, long amount);

    /**
     * {@code INCRBYFLOAT}.
     * @param key the key
     * @param amount the increment
     * @return the value after the increment, as Redis printed it
     * @throws KvServerException {@code ERR value is not a valid float}
     */
    double incrByFloat(String key, double amount);

    /**
     * {@code APPEND}.
     * @param key the key; created if missing
     * @param value the value to append
     * @return the length of the string after the append
     */
    long append(String key, Object value);

    /**
     * {@code STRLEN}.
     * @param key the key
     * @return the length in bytes, 0 if the key does not exist
     */
    long strlen(String key);

    /**
     * {@code GETRANGE}: a substring by byte offsets, both inclusive, negative from the
     * end.
     * @param key the key
     * @param start the first byte
     * @param end the last byte
     * @return the substring, empty if the key does not exist
     */
    String getRange(String key, long start, long end);

    /**
     * {@code SETRANGE}: overwrite part of a string, padding with zero bytes if needed.
     * @param key the key
     * @param offset the first byte to overwrite
     * @param value the bytes to write
     * @return the length of the string after the write
     */
    long setRange(String key, long offset, Object value);

    /**
     * {@code LCS}: the longest common subsequence of two strings.
     * @param key1 the first key
     * @param key2 the second key
     * @return the subsequence, empty if there is none
     */
    String lcs(String key1, String key2);

    /**
     * {@code LCS ... LEN}: the length of the longest common subsequence.
     * @param key1 the first key
     * @param key2 the second key
     * @return the length
     */
    long lcsLength(String key1, String key2);

}
