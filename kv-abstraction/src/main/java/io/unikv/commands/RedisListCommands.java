package io.unikv.commands;

import java.time.Duration;
import java.util.List;

import io.unikv.KvServerException;
import org.jspecify.annotations.Nullable;

/**
 * Synchronous commands for lists: sequences of elements under one key, with the head
 * ({@link ListDirection#LEFT}) at index 0 and negative indexes counting from the tail
 * ({@code -1} is the last element). Elements are written through the store's
 * {@link io.unikv.codec.KvCodec} and read back as text or as a requested type. A missing
 * key reads as an empty list, and a list left empty is deleted with its key. Error
 * replies throw {@link KvServerException} with Redis's text, for example
 * {@code WRONGTYPE} when the key holds another type.
 * <p>
 * The blocking commands ({@code BLPOP}, {@code BRPOP}, {@code BLMOVE}, {@code BLMPOP})
 * wait on the server until an element arrives or their timeout passes, and then reply
 * {@code null}. They need a RESP connection (the TCP backend or the test server's RESP
 * port): the Upstash REST protocol refuses blocking commands, so over REST they fail with
 * a {@link io.unikv.KvException}. A blocked call holds its connection for the whole wait,
 * and the transport's command timeout must be longer than the blocking timeout, otherwise
 * the call ends with {@link io.unikv.KvTimeoutException}. They cannot be queued in a
 * pipeline or transaction.
 *
 * @author unikv authors
 * @see RedisListAsyncCommands
 */
public interface RedisListCommands {

    /**
     * {@code LPUSH}: add elements at the head, creating the list if needed. Elements are
     * pushed one after the other, so the last one given ends up first.
     * @param key the key
     * @param values the elements, at least one
     * @return the length of the list after the push
     */
    long lpush(String key, Object... values);

    /**
     * {@code RPUSH}: add elements at the tail, creating the list if needed.
     * @param key the key
     * @param values the elements, at least one, appended in order
     * @return the length of the list after the push
     */
    long rpush(String key, Object... values);

    /**
     * {@code LPUSHX}: add elements at the head only if the list exists.
     * @param key the key
     * @param values the elements, at least one
     * @return the length of the list after the push, 0 if the key does not exist (nothing
     * was pushed)
     */
    long lpushx(String key, Object... values);

    /**
     * {@code RPUSHX}: add elements at the tail only if the list exists.
     * @param key the key
     * @param values the elements, at least one
     * @return the length of the list after the push, 0 if the key does not exist (nothing
     * was pushed)
     */
    long rpushx(String key, Object... values);

    /**
     * {@code LPOP}: remove and return the first element as text.
     * @param key the key
     * @return the element, or {@code null} if the key does not exist
     */
    @Nullable String lpop(String key);

    /**
     * {@code LPOP}: remove and return the first element as a type.
     * @param <T> the type
     * @param key the key
     * @param type the type the codec decodes into
     * @return the element, or {@code null} if the key does not exist
     */
    <T> @Nullable T lpop(String key, Class<T> type);

    /**
     * {@code LPOP key count}: remove and return up to a number of elements from the head.
     * @param key the key
     * @param count the most elements to pop; not negative
     * @return the elements as text, head first; empty if the key does not exist (Redis
     * replies nil)
     */
    List<String> lpop(String key, long count);

    /**
     * {@code RPOP}: remove and return the last element as text.
     * @param key the key
     * @return the element, or {@code null} if the key does not exist
     */
    @Nullable String rpop(String key);

    /**
     * {@code RPOP}: remove and return the last element as a type.
     * @param <T> the type
     * @param key the key
     * @param type the type the codec decodes into
     * @return the element, or {@code null} if the key does not exist
     */
    <T> @Nullable T rpop(String key, Class<T> type);

    /**
     * {@code RPOP key count}: remove and return up to a number of elements from the tail.
     * @param key the key
     * @param count the most elements to pop; not negative
     * @return the elements as text, tail first; empty if the key does not exist (Redis
     * replies nil)
     */
    List<String> rpop(String key, long count);

    /**
     * {@code LRANGE}: elements by index, both inclusive, negative from the tail. Indexes
     * past the end are clamped, so {@code lrange(key, 0, -1)} reads the whole list.
     * @param key the key
     * @param start the first index
     * @param stop the last index
     * @return the elements as text, head first; empty if the key does not exist or the
     * range is empty
     */
    List<String> lrange(String key, long start, long stop);

    /**
     * {@code LRANGE}: elements by index, decoded as a type.
     * @param <T> the type
     * @param key the key
     * @param start the first index
     * @param stop the last index, inclusive
     * @param type the type the codec decodes into
     * @return the elements, head first; empty if the key does not exist or the range is
     * empty
     */
    <T> List<T> lrange(String key, long start, long stop, Class<T> type);

    /**
     * {@code LLEN}.
     * @param key the key
     * @return the length of the list, 0 if the key does not exist
     */
    long llen(String key);

    /**
     * {@code LINDEX}: read one element as text.
     * @param key the key
     * @param index the index, negative from the tail
     * @return the element, or {@code null} if the index is out of range or the key does
     * not exist
     */
    @Nullable String lindex(String key, long index);

    /**
     * {@code LINDEX}: read one element as a type.
     * @param <T> the type
     * @param key the key
     * @param index the index, negative from the tail
     * @param type the type the codec decodes into
     * @return the element, or {@code null} if the index is out of range or the key does
     * not exist
     */
    <T> @Nullable T lindex(String key, long index, Class<T> type);

    /**
     * {@code LSET}: overwrite the element at an index.
     * @param key the key
     * @param index the index, negative from the tail
     * @param value the new element
     * @throws KvServerException {@code ERR no such key} if the key does not exist,
     * {@code ERR index out of range} if the index is outside the list
     */
    void lset(String key, long index, Object value);

    /**
     * {@code LINSERT}: insert an element next to the first occurrence of a pivot,
     * searching from the head.
     * @param key the key
     * @param position {@code BEFORE} or {@code AFTER} the pivot
     * @param pivot the element to look for
     * @param value the element to insert
     * @return the length of the list after the insert, {@code -1} if the pivot was not
     * found, 0 if the key does not exist
     */
    long linsert(String key, InsertPosition position, Object pivot, Object value);

    /**
     * {@code LREM}: remove occurrences of an element.
     * @param key the key
     * @param count how many to remove: a positive count removes that many from the head
     * on, a negative count that many from the tail on, {@code 0} removes all
     * @param value the element to remove
     * @return how many elements were removed
     */
    long lrem(String key, long count, Object value);

    /**
     * {@code LTRIM}: keep only a range of elements, both indexes inclusive, negative from
     * the tail. An empty range deletes the key.
     * @param key the key
     * @param start the first index to keep
     * @param stop the last index to keep
     */
    void ltrim(String key, long start, long stop);

    /**
     * {@code LMOVE}: atomically pop an element from one list and push it onto another
     * (possibly the same list, which rotates it).
     * @param source the list to pop from
     * @param destination the list to push onto, created if needed
     * @param from the end of the source to pop from
     * @param to the end of the destination to push onto
     * @return the moved element as text, or {@code null} if the source does not exist
     * (nothing was moved)
     */
    @Nullable String lmove(String source, String destination, ListDirection from, ListDirection to);

    /**
     * {@code LPOS}: the index of the first occurrence of an element, searching from the
     * head.
     * @param key the key
     * @param element the element to look for
     * @return its index from the head, or {@code null} if it is not in the list
     */
    @Nullable Long lpos(String key, Object element);

    /**
     * {@code LPOS} with options: the index of one occurrence of an element.
     * @param key the key
     * @param element the element to look for
     * @param options which match to return ({@code RANK}) and how far to search
     * ({@code MAXLEN})
     * @return its index, always counted from the head even when searching from the tail,
     * or {@code null} if no such match was found
     */
    @Nullable Long lpos(String key, Object element, LPosOptions options);

    /**
     * {@code LPOS ... COUNT}: the indexes of several occurrences of an element.
     * @param key the key
     * @param element the element to look for
     * @param count the most matches to return, {@code 0} for all; not negative
     * @param options which match to start from ({@code RANK}) and how far to search
     * ({@code MAXLEN})
     * @return the indexes, counted from the head, in the order they were found; empty if
     * there is no match or the key does not exist
     */
    List<Long> lpos(String key, Object element, long count, LPosOptions options);

    /**
     * {@code LMPOP}: pop from the first non-empty list among several keys (Redis 7.0).
     * @param direction the end to pop from
     * @param count the most elements to pop; positive
     * @param keys the keys, at least one, tried in order
     * @return the key popped from and its elements, or {@code null} if every list was
     * empty
     */
    @Nullable ListPopResult lmpop(ListDirection direction, long count, String... keys);

    /**
     * {@code BLPOP}: pop the first element of the first non-empty list among several
     * keys, waiting for one if all are empty. RESP only, see the class description.
     * @param timeout how long to wait, to the millisecond; {@link Duration#ZERO} waits
     * indefinitely
     * @param keys the keys, at least one, tried in order
     * @return the key popped from and its one element, or {@code null} if the timeout
     * passed
     * @throws IllegalArgumentException if the timeout is negative
     */
    @Nullable ListPopResult blpop(Duration timeout, String... keys);

    /**
     * {@code BRPOP}: pop the last element of the first non-empty list among several keys,
     * waiting for one if all are empty. RESP only, see the class description.
     * @param timeout how long to wait, to the millisecond; {@link Duration#ZERO} waits
     * indefinitely
     * @param keys the keys, at least one, tried in order
     * @return the key popped from and its one element, or {@code null} if the timeout
     * passed
     * @throws IllegalArgumentException if the timeout is negative
     */
    @Nullable ListPopResult brpop(Duration timeout, String... keys);

    /**
     * {@code BLMOVE}: {@link #lmove(String, String, ListDirection, ListDirection) LMOVE},
     * waiting for the source to receive an element if it is empty. RESP only, see the
     * class description.
     * @param source the list to pop from
     * @param destination the list to push onto, created if needed
     * @param from the end of the source to pop from
     * @param to the end of the destination to push onto
     * @param timeout how long to wait, to the millisecond; {@link Duration#ZERO} waits
     * indefinitely
     * @return the moved element as text, or {@code null} if the timeout passed
     * @throws IllegalArgumentException if the timeout is negative
     */
    @Nullable String blmove(String source, String destination, ListDirection from, ListDirection to, Duration timeout);

    /**
     * {@code BLMPOP}: {@link #lmpop(ListDirection, long, String...) LMPOP}, waiting for
     * one of the lists to receive an element if all are empty (Redis 7.0). RESP only, see
     * the class description.
     * @param timeout how long to wait, to the millisecond; {@link Duration#ZERO} waits
     * indefinitely
     * @param direction the end to pop from
     * @param count the most elements to pop; positive
     * @param keys the keys, at least one, tried in order
     * @return the key popped from and its elements, or {@code null} if the timeout passed
     * @throws IllegalArgumentException if the timeout is negative
     */
    @Nullable ListPopResult blmpop(Duration timeout, ListDirection direction, long count, String... keys);

}
