package io.unikv.commands;

import java.util.List;

import io.unikv.KvServerException;
import org.jspecify.annotations.Nullable;

/**
 * Synchronous commands for RedisJSON documents ({@code JSON.*}), as Upstash and Redis
 * Stack offer them; a plain {@code redis-server} without the module answers
 * {@code ERR unknown command}, reported as {@link KvServerException}.
 * <p>
 * <b>Paths.</b> A path starting with {@code $} is a JSONPath and may match several values
 * ({@code $..price}); any other path ({@code .a.b}, {@code a}, {@code .}) is a legacy
 * path that addresses the first match and fails with {@code ERR Path '...' does not
 * exist} when nothing matches. Methods that act per match return one list entry per
 * match, {@code null} where a match has the wrong JSON type; for a legacy path the list
 * has exactly one entry. The reply is the same on every backend and protocol (RESP2,
 * RESP3, REST): the differences RedisJSON makes between them are smoothed out here.
 * <p>
 * <b>Values.</b> A {@link String} value is sent as JSON text unchanged
 * ({@code "{\"a\":1}"}, {@code "\"text\""}), as the Upstash SDKs do; any other value goes
 * through the store's {@link io.unikv.codec.KvCodec}: numbers and booleans are valid JSON
 * with every codec, maps, lists and records need {@link io.unikv.codec.KvCodec#json()}.
 * Reads return JSON text, or a type the codec decodes that text into.
 * <p>
 * Commands on a key that does not exist fail with {@code ERR could not perform this
 * operation on a key that doesn't exist} unless documented otherwise; a key holding
 * another Redis type fails with {@code WRONGTYPE}.
 *
 * @author unikv authors
 * @see RedisJsonAsyncCommands
 */
public interface RedisJsonCommands {

    /**
     * {@code JSON.SET}: set the value at a path. The root ({@code $}) creates or replaces
     * the document; another path replaces every match, or adds the member its last step
     * names to an existing object.
     * @param key the key
     * @param path the path
     * @param value JSON text, or a value the codec encodes as JSON
     * @return {@code true} if set, {@code false} if the path's parent does not exist
     * @throws KvServerException {@code ERR new objects must be created at the root} for a
     * non-root path on a missing key, or a parse error for invalid JSON
     */
    boolean jsonSet(String key, String path, Object value);

    /**
     * {@code JSON.SET ... NX|XX}: set only if the path does ({@code XX}) or does not
     * ({@code NX}) exist yet.
     * @param key the key
     * @param path the path
     * @param value JSON text, or a value the codec encodes as JSON
     * @param condition the condition
     * @return {@code true} if set, {@code false} if the condition was not met
     * @throws KvServerException as {@link #jsonSet(String, String, Object)}
     */
    boolean jsonSet(String key, String path, Object value, JsonSetCondition condition);

    /**
     * {@code JSON.MSET} (RedisJSON 2.6): set several paths, possibly in several
     * documents, atomically. Every entry is checked before any is applied.
     * @param entries the key, path and value of each write
     * @throws KvServerException as {@link #jsonSet(String, String, Object)}, for the
     * first entry that fails (nothing is written then)
     */
    void jsonMSet(JsonEntry... entries);

    /**
     * {@code JSON.MERGE} (RedisJSON 2.6): merge a value into every match, as an RFC 7396
     * merge patch ({@code null} members remove, objects merge, anything else replaces).
     * @param key the key
     * @param path the path
     * @param value JSON text, or a value the codec encodes as JSON
     * @return {@code true} if anything was merged, {@code false} if nothing matched
     * @throws KvServerException {@code ERR new objects must be created at the root} for a
     * non-root path on a missing key
     */
    boolean jsonMerge(String key, String path, Object value);

    /**
     * {@code JSON.GET}: the values at paths, as JSON text. One legacy path gives its
     * value; one JSONPath a JSON array of its matches; several paths a JSON object keyed
     * by path.
     * @param key the key
     * @param paths the paths; none means the whole document
     * @return the JSON text, or {@code null} if the key does not exist
     * @throws KvServerException {@code ERR Path '...' does not exist} for a legacy path
     * that matches nothing
     */
    @Nullable String jsonGet(String key, String... paths);

    /**
     * {@code JSON.GET}: the values at paths decoded by the codec (with
     * {@link io.unikv.codec.KvCodec#json()}: {@code jsonGet("user:1", User.class, ".")},
     * or {@code User[].class} for a JSONPath, which answers with an array).
     * @param <T> the type
     * @param key the key
     * @param type the type the codec decodes the JSON text into
     * @param paths the paths; none means the whole document
     * @return the value, or {@code null} if the key does not exist
     * @throws KvServerException as {@link #jsonGet(String, String...)}
     */
    <T> @Nullable T jsonGet(String key, Class<T> type, String... paths);

    /**
     * {@code JSON.MGET}: one path in several documents.
     * @param path the path
     * @param keys the keys
     * @return per key, in order, the JSON text (a JSON array of matches for a JSONPath),
     * {@code null} where the key does not exist, is not a document, or a legacy path
     * matches nothing
     */
    List<@Nullable String> jsonMGet(String path, String... keys);

    /**
     * {@code JSON.DEL}: delete every match; the root deletes the key.
     * @param key the key
     * @param path the path
     * @return how many values were deleted, 0 if the key does not exist
     */
    long jsonDel(String key, String path);

    /**
     * {@code JSON.CLEAR}: empty every matching array and object and set every matching
     * number to 0.
     * @param key the key
     * @param path the path
     * @return how many values changed
     */
    long jsonClear(String key, String path);

    /**
     * {@code JSON.TYPE}: the JSON type of every match: {@code object}, {@code array},
     * {@code string}, {@code integer}, {@code number}, {@code boolean} or {@code null}.
     * @param key the key
     * @param path the path
     * @return the types, empty if the key does not exist or nothing matches
     */
    List<String> jsonType(String key, String path);

    /**
     * {@code JSON.NUMINCRBY}: add to every matching number. Integers stay integers when
     * the increment is an integer; otherwise the result is a float.
     * @param key the key
     * @param path the path
     * @param increment the increment
     * @return per match the new value ({@link Long} or {@link Double}), {@code null} for
     * a match that is not a number
     * @throws KvServerException {@code ERR Path '...' does not exist or does not contains
     * a number} for a legacy path without a number
     */
    List<@Nullable Number> jsonNumIncrBy(String key, String path, Number increment);

    /**
     * {@code JSON.NUMMULTBY}: multiply every matching number.
     * @param key the key
     * @param path the path
     * @param factor the factor
     * @return per match the new value, {@code null} for a match that is not a number
     * @throws KvServerException as {@link #jsonNumIncrBy(String, String, Number)}
     */
    List<@Nullable Number> jsonNumMultBy(String key, String path, Number factor);

    /**
     * {@code JSON.STRAPPEND}: append text to every matching string.
     * @param key the key
     * @param path the path
     * @param text plain text (JSON-quoted here)
     * @return per match the new length in UTF-8 bytes, {@code null} for a match that is
     * not a string
     */
    List<@Nullable Long> jsonStrAppend(String key, String path, String text);

    /**
     * {@code JSON.STRLEN}.
     * @param key the key
     * @param path the path
     * @return per match the length in UTF-8 bytes, {@code null} for a match that is not a
     * string
     */
    List<@Nullable Long> jsonStrLen(String key, String path);

    /**
     * {@code JSON.TOGGLE}: flip every matching boolean.
     * @param key the key
     * @param path the path
     * @return per match the new value, {@code null} for a match that is not a boolean
     * @throws KvServerException {@code ERR Path '...' does not exist or not a bool} for a
     * legacy path without a boolean
     */
    List<@Nullable Boolean> jsonToggle(String key, String path);

    /**
     * {@code JSON.ARRAPPEND}: append values to every matching array.
     * @param key the key
     * @param path the path
     * @param values JSON texts, or values the codec encodes as JSON
     * @return per match the new length, {@code null} for a match that is not an array
     */
    List<@Nullable Long> jsonArrAppend(String key, String path, Object... values);

    /**
     * {@code JSON.ARRINSERT}: insert values before an index (negative counts from the
     * end) in every matching array.
     * @param key the key
     * @param path the path
     * @param index the index, from 0 to the length
     * @param values JSON texts, or values the codec encodes as JSON
     * @return per match the new length, {@code null} for a match that is not an array
     * @throws KvServerException {@code ERR index out of bounds} outside an array
     */
    List<@Nullable Long> jsonArrInsert(String key, String path, long index, Object... values);

    /**
     * {@code JSON.ARRINDEX}: the first index of a value in every matching array.
     * @param key the key
     * @param path the path
     * @param value JSON text, or a value the codec encodes as JSON
     * @return per match the index, -1 if absent, {@code null} for a match that is not an
     * array
     */
    List<@Nullable Long> jsonArrIndex(String key, String path, Object value);

    /**
     * {@code JSON.ARRINDEX ... start stop}: search a window ({@code stop} 0 means the
     * end; negative values count from the end).
     * @param key the key
     * @param path the path
     * @param value JSON text, or a value the codec encodes as JSON
     * @param start the first index searched
     * @param stop the index after the last one searched
     * @return per match the index, -1 if absent, {@code null} for a match that is not an
     * array
     */
    List<@Nullable Long> jsonArrIndex(String key, String path, Object value, long start, long stop);

    /**
     * {@code JSON.ARRLEN}.
     * @param key the key
     * @param path the path
     * @return per match the length, {@code null} for a match that is not an array
     */
    List<@Nullable Long> jsonArrLen(String key, String path);

    /**
     * {@code JSON.ARRPOP}: remove and return the last element of every matching array.
     * @param key the key
     * @param path the path
     * @return per match the element as JSON text, {@code null} for an empty array or a
     * match that is not an array
     */
    List<@Nullable String> jsonArrPop(String key, String path);

    /**
     * {@code JSON.ARRPOP ... index}: remove and return an element (negative counts from
     * the end; out-of-range indices are clamped).
     * @param key the key
     * @param path the path
     * @param index the index
     * @return per match the element as JSON text, {@code null} for an empty array or a
     * match that is not an array
     */
    List<@Nullable String> jsonArrPop(String key, String path, long index);

    /**
     * {@code JSON.ARRTRIM}: keep only the elements from {@code start} to {@code stop},
     * inclusive, in every matching array.
     * @param key the key
     * @param path the path
     * @param start the first index kept
     * @param stop the last index kept (negative counts from the end)
     * @return per match the new length, {@code null} for a match that is not an array
     */
    List<@Nullable Long> jsonArrTrim(String key, String path, long start, long stop);

    /**
     * {@code JSON.OBJKEYS}.
     * @param key the key
     * @param path the path
     * @return per match the member names in document order, {@code null} for a match that
     * is not an object (and, for a legacy path, when the key or the path does not exist)
     */
    List<@Nullable List<String>> jsonObjKeys(String key, String path);

    /**
     * {@code JSON.OBJLEN}.
     * @param key the key
     * @param path the path
     * @return per match the number of members, {@code null} for a match that is not an
     * object (and, for a legacy path, when the key or the path does not exist)
     */
    List<@Nullable Long> jsonObjLen(String key, String path);

}
