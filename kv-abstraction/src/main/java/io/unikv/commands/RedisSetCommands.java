package io.unikv.commands;

import java.util.List;
import java.util.Set;

import io.unikv.KvServerException;
import org.jspecify.annotations.Nullable;

/**
 * Synchronous commands for sets. Members are written through the store's
 * {@link io.unikv.codec.KvCodec} and read back as text, or as a requested type where a
 * method takes one. Sets of members are returned as a {@link java.util.LinkedHashSet} in
 * the order of the reply, which Redis does not define. A missing key behaves as an empty
 * set. Error replies throw {@link KvServerException} with Redis's text, for example
 * {@code WRONGTYPE} when a key holds another type; commands over several keys need them
 * in one hash slot on Redis Cluster ({@code CROSSSLOT} otherwise).
 *
 * @author unikv authors
 * @see RedisSetAsyncCommands
 */
public interface RedisSetCommands {

    /**
     * {@code SADD}: add members, creating the set if needed.
     * @param key the key
     * @param members the members
     * @return how many members were added, not counting those already present
     */
    long sadd(String key, Object... members);

    /**
     * {@code SREM}: remove members; the key is deleted when the set becomes empty.
     * @param key the key
     * @param members the members
     * @return how many members were removed, not counting those that were absent
     */
    long srem(String key, Object... members);

    /**
     * {@code SMEMBERS}: every member as text.
     * @param key the key
     * @return the members, empty if the key does not exist
     */
    Set<String> smembers(String key);

    /**
     * {@code SMEMBERS}: every member as a type.
     * @param <T> the type
     * @param key the key
     * @param type the type the codec decodes into
     * @return the members, empty if the key does not exist
     */
    <T> Set<T> smembers(String key, Class<T> type);

    /**
     * {@code SISMEMBER}.
     * @param key the key
     * @param member the member
     * @return {@code true} if the member is in the set
     */
    boolean sismember(String key, Object member);

    /**
     * {@code SMISMEMBER} (Redis 6.2): test several members at once.
     * @param key the key
     * @param members the members
     * @return one answer per member, in order, {@code true} if it is in the set
     */
    List<Boolean> smismember(String key, Object... members);

    /**
     * {@code SCARD}.
     * @param key the key
     * @return the number of members, 0 if the key does not exist
     */
    long scard(String key);

    /**
     * {@code SPOP}: remove and return a random member as text.
     * @param key the key
     * @return the member, or {@code null} if the key does not exist
     */
    @Nullable String spop(String key);

    /**
     * {@code SPOP}: remove and return a random member as a type.
     * @param <T> the type
     * @param key the key
     * @param type the type the codec decodes into
     * @return the member, or {@code null} if the key does not exist
     */
    <T> @Nullable T spop(String key, Class<T> type);

    /**
     * {@code SPOP key count}: remove and return distinct random members.
     * @param key the key
     * @param count how many to pop at most; 0 pops none
     * @return the popped members, all of them if the set has no more than {@code count},
     * empty if the key does not exist
     * @throws KvServerException {@code ERR value is out of range, must be positive} if
     * the count is negative
     */
    Set<String> spop(String key, long count);

    /**
     * {@code SRANDMEMBER}: a random member, left in the set.
     * @param key the key
     * @return the member, or {@code null} if the key does not exist
     */
    @Nullable String srandMember(String key);

    /**
     * {@code SRANDMEMBER key count}: random members, left in the set. A positive count
     * returns up to {@code count} distinct members (all of them if the set is smaller); a
     * negative count returns exactly {@code -count} members, which may repeat; 0 returns
     * none.
     * @param key the key
     * @param count how many members, with the sign rule above
     * @return the members, empty if the key does not exist
     */
    List<String> srandMember(String key, long count);

    /**
     * {@code SMOVE}: move a member from one set to another, atomically.
     * @param source the key to move from
     * @param destination the key to move to, created if needed
     * @param member the member
     * @return {@code true} if moved, {@code false} if the member was not in the source
     */
    boolean smove(String source, String destination, Object member);

    /**
     * {@code SINTER}: the members present in every set.
     * @param keys the keys; a missing key makes the result empty
     * @return the intersection
     */
    Set<String> sinter(String... keys);

    /**
     * {@code SINTERCARD} (Redis 7.0): the size of the intersection, without returning it.
     * @param keys the keys
     * @return the number of members in every set
     */
    long sinterCard(String... keys);

    /**
     * {@code SINTERCARD ... LIMIT}: the size of the intersection, counting stops at a
     * limit.
     * @param limit the most to count; 0 means no limit
     * @param keys the keys
     * @return the number of members in every set, at most {@code limit} if it is positive
     * @throws KvServerException {@code ERR LIMIT can't be negative} if the limit is
     * negative
     */
    long sinterCard(long limit, String... keys);

    /**
     * {@code SINTERSTORE}: store the intersection, replacing the destination.
     * @param destination the key to write; deleted if the result is empty
     * @param keys the keys to intersect
     * @return the number of members stored
     */
    long sinterStore(String destination, String... keys);

    /**
     * {@code SUNION}: the members of any of the sets.
     * @param keys the keys; missing keys count as empty sets
     * @return the union
     */
    Set<String> sunion(String... keys);

    /**
     * {@code SUNIONSTORE}: store the union, replacing the destination.
     * @param destination the key to write; deleted if the result is empty
     * @param keys the keys
     * @return the number of members stored
     */
    long sunionStore(String destination, String... keys);

    /**
     * {@code SDIFF}: the members of the first set that are in none of the others.
     * @param keys the first key, then the keys to subtract
     * @return the difference
     */
    Set<String> sdiff(String... keys);

    /**
     * {@code SDIFFSTORE}: store the difference, replacing the destination.
     * @param destination the key to write; deleted if the result is empty
     * @param keys the first key, then the keys to subtract
     * @return the number of members stored
     */
    long sdiffStore(String destination, String... keys);

    /**
     * {@code SSCAN}: one step of an incremental iteration over a set's members.
     * @param key the key
     * @param cursor {@link ScanResult#START} to begin, then the cursor of the previous
     * result
     * @param options pattern and count hint; a {@code TYPE} filter is only valid for
     * {@code SCAN} and is refused with {@link IllegalArgumentException} before anything
     * is sent
     * @return the members of this step and the next cursor; a member may appear in more
     * than one step
     */
    ScanResult<String> sscan(String key, String cursor, ScanOptions options);

}
