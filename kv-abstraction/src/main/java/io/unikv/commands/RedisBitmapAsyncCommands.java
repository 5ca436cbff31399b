package io.unikv.commands;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.unikv.KvServerException;
import org.jspecify.annotations.Nullable;

/**
 * Asynchronous commands for bitmaps: bit operations on string values, bit 0 being the
 * most significant bit of the first byte. Writes grow the string with zero bytes; reads
 * past its end see zeros. A missing key behaves as an empty string. Error replies throw
 * {@link KvServerException} with Redis's text, for example {@code WRONGTYPE} when a key
 * holds another type or {@code ERR bit offset is not an integer or out of range} for
 * offsets at or past 2^32; BITOP needs its keys in one hash slot on Redis Cluster
 * ({@code CROSSSLOT} otherwise).
 *
 * <p>
 * Every method returns at once; the future completes with the reply, or fails with the
 * exception the synchronous variant documents.
 *
 * @author unikv authors
 * @see RedisBitmapCommands
 */
public interface RedisBitmapAsyncCommands {

    /**
     * {@code SETBIT}: set or clear one bit, growing the string if needed.
     * @param key the key
     * @param offset the bit offset, 0 to 2^32 - 1
     * @param value the new bit
     * @return a future completing with the bit's previous value
     */
    CompletableFuture<Boolean> setbit(String key, long offset, boolean value);

    /**
     * {@code GETBIT}.
     * @param key the key
     * @param offset the bit offset, 0 to 2^32 - 1
     * @return a future completing with the bit, {@code false} past the end of the string
     * or for a missing key
     */
    CompletableFuture<Boolean> getbit(String key, long offset);

    /**
     * {@code BITCOUNT}: count the bits set in the whole string.
     * @param key the key
     * @return a future completing with the number of bits set, 0 for a missing key
     */
    CompletableFuture<Long> bitcount(String key);

    /**
     * {@code BITCOUNT key start end}: count the bits set in a byte range; negative
     * indexes count from the end.
     * @param key the key
     * @param start the first byte
     * @param end the last byte, inclusive
     * @return a future completing with the number of bits set
     */
    CompletableFuture<Long> bitcount(String key, long start, long end);

    /**
     * {@code BITCOUNT key start end BYTE|BIT} (Redis 7.0): count the bits set in a byte
     * or bit range.
     * @param key the key
     * @param start the first index
     * @param end the last index, inclusive
     * @param unit whether the indexes are bytes or bits
     * @return a future completing with the number of bits set
     */
    CompletableFuture<Long> bitcount(String key, long start, long end, BitUnit unit);

    /**
     * {@code BITPOS}: the position of the first bit with a value.
     * @param key the key
     * @param bit the value to look for
     * @return a future completing with the bit offset; for a set bit -1 if there is none;
     * for a clear bit the first bit past the string if all are set (0 for a missing key)
     */
    CompletableFuture<Long> bitpos(String key, boolean bit);

    /**
     * {@code BITPOS key bit start}: search from a byte on.
     * @param key the key
     * @param bit the value to look for
     * @param start the first byte; negative counts from the end
     * @return a future completing with the bit offset from the start of the string, with
     * the rules of {@link #bitpos(String, boolean)}
     */
    CompletableFuture<Long> bitpos(String key, boolean bit, long start);

    /**
     * {@code BITPOS key bit start end [BYTE|BIT]}: search a range.
     * @param key the key
     * @param bit the value to look for
     * @param start the first index
     * @param end the last index, inclusive
     * @param unit whether the indexes are bytes or bits
     * @return a future completing with the bit offset from the start of the string, or -1
     * if no bit in the range has the value
     */
    CompletableFuture<Long> bitpos(String key, boolean bit, long start, long end, BitUnit unit);

    /**
     * {@code BITOP}: combine strings bit by bit into {@code destination}; shorter strings
     * count as zero-padded. A result of length 0 deletes the destination.
     * @param operation the operation; {@link BitOperation#NOT} takes exactly one key
     * @param destination the key to store the result in
     * @param keys the source keys
     * @return a future completing with the length of the result in bytes
     */
    CompletableFuture<Long> bitop(BitOperation operation, String destination, String... keys);

    /**
     * {@code BITFIELD}: run field operations in order.
     * @param key the key
     * @param operations the operations
     * @return a future completing with one value per GET, SET (the old value) and INCRBY
     * (the new value), in order; {@code null} for an operation refused by
     * {@link BitFieldOverflow#FAIL}
     */
    CompletableFuture<List<@Nullable Long>> bitfield(String key, BitFieldOperations operations);

    /**
     * {@code BITFIELD_RO} (Redis 6.2): run GET operations only, on a replica if the store
     * reads from replicas.
     * @param key the key
     * @param operations GET (and OVERFLOW) operations only
     * @return a future completing with one value per GET, in order
     */
    CompletableFuture<List<Long>> bitfieldRo(String key, BitFieldOperations operations);

}
