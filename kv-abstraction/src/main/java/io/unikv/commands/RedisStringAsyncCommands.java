package io.unikv.commands;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.unikv.KvServerException;
import org.jspecify.annotations.Nullable;

/**
 * Asynchronous commands for strings and counters. Values are written through the store's
 * {@link io.unikv.codec.KvCodec} and read back as text or as a requested type. Error
 * replies fail the future with {@link KvServerException} with Redis's text, for example
 * {@code WRONGTYPE} when the key holds another type.
 *
 * <p>
 * Every method returns at once; the future completes with the reply, or fails with the
 * exception the synchronous variant documents.
 *
 * @author unikv authors
 * @see RedisStringCommands
 */
public interface RedisStringAsyncCommands {

    /**
     * {@code GET}: read a value as text.
     * @param key the key
     * @return a future completing with the value, or {@code null} if the key does not
     * exist
     */
    CompletableFuture<@Nullable String> get(String key);

    /**
     * {@code GET}: read a value as a type.
     * @param <T> the type
     * @param key the key
     * @param type the type the codec decodes into
     * @return a future completing with the value, or {@code null} if the key does not
     * exist
     */
    <T> CompletableFuture<@Nullable T> get(String key, Class<T> type);

    /**
     * {@code SET}: write a value, clearing any TTL.
     * @param key the key
     * @param value the value
     * @return a future that completes when the command is done
     */
    CompletableFuture<Void> set(String key, Object value);

    /**
     * {@code SET} with options.
     * @param key the key
     * @param value the value
     * @param options expiry and {@code NX}/{@code XX} condition
     * @return a future completing with {@code true} if the value was written,
     * {@code false} if the condition was not met
     */
    CompletableFuture<Boolean> set(String key, Object value, SetOptions options);

    /**
     * {@code SET ... GET}: write a value and return the previous one.
     * @param key the key
     * @param value the value
     * @param options expiry and condition
     * @return a future completing with the previous value as text, or {@code null} if
     * there was none
     */
    CompletableFuture<@Nullable String> setGet(String key, Object value, SetOptions options);

    /**
     * {@code GETDEL}: read a value and delete the key.
     * @param key the key
     * @return a future completing with the value, or {@code null} if the key did not
     * exist
     */
    CompletableFuture<@Nullable String> getDel(String key);

    /**
     * {@code GETEX}: read a value and change its expiry.
     * @param key the key
     * @param options the new expiry, or {@code PERSIST}
     * @return a future completing with the value, or {@code null} if the key does not
     * exist
     */
    CompletableFuture<@Nullable String> getEx(String key, GetExOptions options);

    /**
     * {@code MGET}: read several values as text.
     * @param keys the keys
     * @return a future completing with one value per key, in order, {@code null} for
     * missing keys or non-strings
     */
    CompletableFuture<List<@Nullable String>> mget(String... keys);

    /**
     * {@code MGET}: read several values as a type.
     * @param <T> the type
     * @param type the type
     * @param keys the keys
     * @return a future completing with one value per key, in order, {@code null} for
     * missing keys or non-strings
     */
    <T> CompletableFuture<List<@Nullable T>> mget(Class<T> type, String... keys);

    /**
     * {@code MSET}: write several values at once.
     * @param values the keys and values, written in the map's iteration order
     * @return a future that completes when the command is done
     */
    CompletableFuture<Void> mset(Map<String, ?> values);

    /**
     * {@code MSETNX}: write several values only if none of the keys exists.
     * @param values the keys and values
     * @return a future completing with {@code true} if all were written, {@code false} if
     * none was
     */
    CompletableFuture<Boolean> msetnx(Map<String, ?> values);

    /**
     * {@code INCR}.
     * @param key the key; a missing key counts as 0
     * @return a future completing with the value after the increment
     */
    CompletableFuture<Long> incr(String key);

    /**
     * {@code INCRBY}.
     * @param key the key
     * @param amount the increment, may be negative
     * @return a future completing with the value after the increment
     */
    CompletableFuture<Long> incrBy(String key, long amount);

    /**
     * {@code DECR}.
     * @param key the key
     * @return a future completing with the value after the decrement
     */
    CompletableFuture<Long> decr(String key);

    /**
     * {@code DECRBY}.
     * @param key the key
     * @param amount the decrement
     * @return a future completing with the value after the decrement
     */
    CompletableFuture<Long> decrBy(String key, long amount);

    /**
     * {@code INCRBYFLOAT}.
     * @param key the key
     * @param amount the increment
     * @return a future completing with the value after the increment, as Redis printed it
     */
    CompletableFuture<Double> incrByFloat(String key, double amount);

    /**
     * {@code APPEND}.
     * @param key the key; created if missing
     * @param value the value to append
     * @return a future completing with the length of the string after the append
     */
    CompletableFuture<Long> append(String key, Object value);

    /**
     * {@code STRLEN}.
     * @param key the key
     * @return a future completing with the length in bytes, 0 if the key does not exist
     */
    CompletableFuture<Long> strlen(String key);

    /**
     * {@code GETRANGE}: a substring by byte offsets, both inclusive, negative from the
     * end.
     * @param key the key
     * @param start the first byte
     * @param end the last byte
     * @return a future completing with the substring, empty if the key does not exist
     */
    CompletableFuture<String> getRange(String key, long start, long end);

    /**
     * {@code SETRANGE}: overwrite part of a string, padding with zero bytes if needed.
     * @param key the key
     * @param offset the first byte to overwrite
     * @param value the bytes to write
     * @return a future completing with the length of the string after the write
     */
    CompletableFuture<Long> setRange(String key, long offset, Object value);

    /**
     * {@code LCS}: the longest common subsequence of two strings.
     * @param key1 the first key
     * @param key2 the second key
     * @return a future completing with the subsequence, empty if there is none
     */
    CompletableFuture<String> lcs(String key1, String key2);

    /**
     * {@code LCS ... LEN}: the length of the longest common subsequence.
     * @param key1 the first key
     * @param key2 the second key
     * @return a future completing with the length
     */
    CompletableFuture<Long> lcsLength(String key1, String key2);

}
