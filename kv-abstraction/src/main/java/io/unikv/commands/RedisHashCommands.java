package io.unikv.commands;

import java.util.List;
import java.util.Map;

import io.unikv.KvServerException;
import org.jspecify.annotations.Nullable;

/**
 * Synchronous commands for hashes: maps of fields to values stored under one key. Fields
 * are text; values are written through the store's {@link io.unikv.codec.KvCodec} and
 * read back as text or as a requested type. A missing key reads as an empty hash. Error
 * replies throw {@link KvServerException} with Redis's text, for example
 * {@code WRONGTYPE} when the key holds another type.
 *
 * @author unikv authors
 * @see RedisHashAsyncCommands
 */
public interface RedisHashCommands {

    /**
     * {@code HSET}: write one field, creating the hash if needed.
     * @param key the key
     * @param field the field
     * @param value the value
     * @return {@code true} if the field is new, {@code false} if an existing value was
     * overwritten
     */
    boolean hset(String key, String field, Object value);

    /**
     * {@code HSET}: write several fields at once.
     * @param key the key
     * @param values the fields and values, at least one, written in the map's iteration
     * order
     * @return how many fields are new (overwritten fields do not count)
     */
    long hset(String key, Map<String, ?> values);

    /**
     * {@code HSETNX}: write a field only if it does not exist.
     * @param key the key
     * @param field the field
     * @param value the value
     * @return {@code true} if the field was written, {@code false} if it already existed
     */
    boolean hsetnx(String key, String field, Object value);

    /**
     * {@code HGET}: read a field as text.
     * @param key the key
     * @param field the field
     * @return the value, or {@code null} if the field or the key does not exist
     */
    @Nullable String hget(String key, String field);

    /**
     * {@code HGET}: read a field as a type.
     * @param <T> the type
     * @param key the key
     * @param field the field
     * @param type the type the codec decodes into
     * @return the value, or {@code null} if the field or the key does not exist
     */
    <T> @Nullable T hget(String key, String field, Class<T> type);

    /**
     * {@code HMGET}: read several fields as text.
     * @param key the key
     * @param fields the fields, at least one
     * @return one value per field, in order, {@code null} for missing fields
     */
    List<@Nullable String> hmget(String key, String... fields);

    /**
     * {@code HMGET}: read several fields as a type.
     * @param <T> the type
     * @param key the key
     * @param type the type
     * @param fields the fields, at least one
     * @return one value per field, in order, {@code null} for missing fields
     */
    <T> List<@Nullable T> hmget(String key, Class<T> type, String... fields);

    /**
     * {@code HGETALL}: read the whole hash as text.
     * @param key the key
     * @return the fields and values, iterating in the order the server returned them;
     * empty if the key does not exist
     */
    Map<String, String> hgetAll(String key);

    /**
     * {@code HGETALL}: read the whole hash, decoding every value as a type.
     * @param <T> the type
     * @param key the key
     * @param type the type of the values
     * @return the fields and values, iterating in the order the server returned them;
     * empty if the key does not exist
     */
    <T> Map<String, T> hgetAll(String key, Class<T> type);

    /**
     * {@code HDEL}: delete fields; a hash left empty is deleted with its key.
     * @param key the key
     * @param fields the fields, at least one
     * @return how many fields were deleted (missing fields do not count)
     */
    long hdel(String key, String... fields);

    /**
     * {@code HEXISTS}.
     * @param key the key
     * @param field the field
     * @return {@code true} if the hash has the field
     */
    boolean hexists(String key, String field);

    /**
     * {@code HLEN}.
     * @param key the key
     * @return the number of fields, 0 if the key does not exist
     */
    long hlen(String key);

    /**
     * {@code HKEYS}.
     * @param key the key
     * @return the field names, in the server's order; empty if the key does not exist
     */
    List<String> hkeys(String key);

    /**
     * {@code HVALS}.
     * @param key the key
     * @return the values as text, in the server's order; empty if the key does not exist
     */
    List<String> hvals(String key);

    /**
     * {@code HINCRBY}.
     * @param key the key; created if missing
     * @param field the field; a missing field counts as 0
     * @param amount the increment, may be negative
     * @return the value after the increment
     * @throws KvServerException {@code ERR hash value is not an integer} or
     * {@code ERR increment or decrement would overflow}
     */
    long hincrBy(String key, String field, long amount);

    /**
     * {@code HINCRBYFLOAT}.
     * @param key the key; created if missing
     * @param field the field; a missing field counts as 0
     * @param amount the increment, may be negative
     * @return the value after the increment, as Redis printed it
     * @throws KvServerException {@code ERR hash value is not a float}
     */
    double hincrByFloat(String key, String field, double amount);

    /**
     * {@code HSTRLEN}.
     * @param key the key
     * @param field the field
     * @return the length of the value in bytes, 0 if the field or the key does not exist
     */
    long hstrlen(String key, String field);

    /**
     * {@code HRANDFIELD}: one random field.
     * @param key the key
     * @return a field name, or {@code null} if the key does not exist
     */
    @Nullable String hrandField(String key);

    /**
     * {@code HRANDFIELD key count}: random fields.
     * @param key the key
     * @param count a positive count returns up to that many distinct fields; a negative
     * count returns exactly its absolute value of fields, possibly repeated
     * @return the field names; empty if the key does not exist or the count is 0
     */
    List<String> hrandField(String key, long count);

    /**
     * {@code HRANDFIELD key count WITHVALUES}: random fields with their values.
     * @param key the key
     * @param count a positive count returns up to that many distinct fields; a negative
     * count returns exactly its absolute value of fields, possibly repeated (hence a
     * list, not a map)
     * @return the fields with their values as text; empty if the key does not exist or
     * the count is 0
     */
    List<FieldValue<String>> hrandFieldWithValues(String key, long count);

    /**
     * {@code HSCAN}: one step of an incremental iteration over a hash's fields. The
     * {@code TYPE} filter of {@link ScanOptions} belongs to {@code SCAN} only, Redis
     * refuses it here.
     * @param key the key
     * @param cursor {@link ScanResult#START} to begin, then the cursor of the previous
     * result
     * @param options pattern (matched against field names) and count hint, without a type
     * @return the fields with their values as text, and the next cursor; a small hash may
     * come back whole in one step
     * @throws IllegalArgumentException if the options carry a type filter
     */
    ScanResult<FieldValue<String>> hscan(String key, String cursor, ScanOptions options);

}
