package io.unikv.commands;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.unikv.KvException;
import io.unikv.KvServerException;
import org.jspecify.annotations.Nullable;

/**
 * Synchronous commands for sorted sets. Members are written through the store's
 * {@link io.unikv.codec.KvCodec} and read back as text, or as a requested type where a
 * method takes one. Scores are {@code double}s, sent and parsed as Redis prints them
 * ({@code 1.5}, {@code 3}, {@code inf}, {@code -inf}); NaN is refused with
 * {@link IllegalArgumentException} before anything is sent. A missing key behaves as an
 * empty sorted set. Error replies throw {@link KvServerException} with Redis's text, for
 * example {@code WRONGTYPE} when a key holds another type; commands over several keys
 * need them in one hash slot on Redis Cluster ({@code CROSSSLOT} otherwise).
 *
 * <p>
 * The blocking commands ({@code BZPOPMIN}, {@code BZPOPMAX}, {@code BZMPOP}) wait on the
 * server until a member arrives or their timeout passes, and then reply {@code null}.
 * They need a RESP connection (the TCP backend or the test server's RESP port): the
 * Upstash REST protocol refuses blocking commands, so over REST they fail with a
 * {@link KvException}. A blocked call holds its connection for the whole wait, and the
 * transport's command timeout must be longer than the blocking timeout, otherwise the
 * call ends with {@link io.unikv.KvTimeoutException}. They cannot be queued in a pipeline
 * or transaction.
 *
 * @author unikv authors
 * @see RedisSortedSetAsyncCommands
 */
public interface RedisSortedSetCommands {

    /**
     * {@code ZADD}: add a member or update its score.
     * @param key the key; created if missing
     * @param score the score
     * @param member the member
     * @return {@code true} if the member was added, {@code false} if only its score was
     * updated
     */
    boolean zadd(String key, double score, Object member);

    /**
     * {@code ZADD} with options.
     * @param key the key
     * @param score the score
     * @param member the member
     * @param options conditions ({@code NX}, {@code XX}, {@code GT}, {@code LT}) and
     * {@code CH}
     * @return {@code true} if the member was added, or with {@code CH} added or its score
     * changed; {@code false} otherwise, including when a condition was not met
     */
    boolean zadd(String key, double score, Object member, ZAddOptions options);

    /**
     * {@code ZADD} of several members.
     * @param key the key
     * @param scoredMembers each member with its score, sent in the map's iteration order
     * @return how many members were added, not counting updated ones
     */
    long zadd(String key, Map<?, Double> scoredMembers);

    /**
     * {@code ZADD} of several members with options.
     * @param key the key
     * @param scoredMembers each member with its score
     * @param options conditions and {@code CH}
     * @return how many members were added, or with {@code CH} added or changed
     */
    long zadd(String key, Map<?, Double> scoredMembers, ZAddOptions options);

    /**
     * {@code ZADD ... INCR}: increment a member's score like {@code ZINCRBY}, under the
     * conditions of the options.
     * @param key the key
     * @param increment the amount to add; a missing member starts at 0
     * @param member the member
     * @param options conditions; {@code CH} makes no difference here
     * @return the new score, or {@code null} if a condition was not met
     * @throws KvServerException {@code ERR resulting score is not a number (NaN)} if the
     * increment adds opposite infinities
     */
    @Nullable Double zaddIncr(String key, double increment, Object member, ZAddOptions options);

    /**
     * {@code ZINCRBY}.
     * @param key the key; created if missing
     * @param increment the amount to add, may be negative; a missing member starts at 0
     * @param member the member
     * @return the new score
     * @throws KvServerException {@code ERR resulting score is not a number (NaN)} if the
     * increment adds opposite infinities
     */
    double zincrBy(String key, double increment, Object member);

    /**
     * {@code ZSCORE}.
     * @param key the key
     * @param member the member
     * @return the score, or {@code null} if the key or the member does not exist
     */
    @Nullable Double zscore(String key, Object member);

    /**
     * {@code ZMSCORE} (Redis 6.2): the scores of several members.
     * @param key the key
     * @param members the members
     * @return one score per member, in order, {@code null} for members not in the set
     */
    List<@Nullable Double> zmscore(String key, Object... members);

    /**
     * {@code ZREM}: remove members; the key is deleted when the set becomes empty.
     * @param key the key
     * @param members the members
     * @return how many members were removed, not counting those that were absent
     */
    long zrem(String key, Object... members);

    /**
     * {@code ZCARD}.
     * @param key the key
     * @return the number of members, 0 if the key does not exist
     */
    long zcard(String key);

    /**
     * {@code ZCOUNT}: how many members have a score in a range.
     * @param key the key
     * @param min the lower bound, for example {@link ScoreBound#NEGATIVE_INFINITY}
     * @param max the upper bound
     * @return the count
     */
    long zcount(String key, ScoreBound min, ScoreBound max);

    /**
     * {@code ZLEXCOUNT}: how many members lie in a lexicographic range (all members
     * having the same score).
     * @param key the key
     * @param min the lower bound, for example {@link LexBound#NEGATIVE_INFINITY}
     * @param max the upper bound
     * @return the count
     */
    long zlexCount(String key, LexBound min, LexBound max);

    /**
     * {@code ZRANK}: a member's position, lowest score first.
     * @param key the key
     * @param member the member
     * @return the rank from 0, or {@code null} if the key or the member does not exist
     */
    @Nullable Long zrank(String key, Object member);

    /**
     * {@code ZREVRANK}: a member's position, highest score first.
     * @param key the key
     * @param member the member
     * @return the rank from 0, or {@code null} if the key or the member does not exist
     */
    @Nullable Long zrevRank(String key, Object member);

    /**
     * {@code ZRANGE} (Redis 6.2 syntax): members by rank, score or text, as text.
     * @param key the key
     * @param range which members, in which order
     * @return the members in range order, empty if none match
     */
    List<String> zrange(String key, ZRangeSpec range);

    /**
     * {@code ZRANGE}: members by rank, score or text, as a type.
     * @param <T> the type
     * @param key the key
     * @param range which members, in which order
     * @param type the type the codec decodes into
     * @return the members in range order
     */
    <T> List<T> zrange(String key, ZRangeSpec range, Class<T> type);

    /**
     * {@code ZRANGE ... WITHSCORES}: members with their scores, as text.
     * @param key the key
     * @param range an index or score range; Redis refuses {@code WITHSCORES} with
     * {@code BYLEX}
     * @return the members with their scores in range order
     * @throws KvServerException
     * {@code ERR syntax error, WITHSCORES not supported in combination with BYLEX}
     */
    List<ScoredValue<String>> zrangeWithScores(String key, ZRangeSpec range);

    /**
     * {@code ZRANGE ... WITHSCORES}: members with their scores, as a type.
     * @param <T> the type
     * @param key the key
     * @param range an index or score range
     * @param type the type the codec decodes into
     * @return the members with their scores in range order
     */
    <T> List<ScoredValue<T>> zrangeWithScores(String key, ZRangeSpec range, Class<T> type);

    /**
     * {@code ZRANGESTORE} (Redis 6.2): store a range of one sorted set as another.
     * @param destination the key to write, replaced; deleted if the range is empty
     * @param source the key to read
     * @param range which members
     * @return the number of members stored
     */
    long zrangeStore(String destination, String source, ZRangeSpec range);

    /**
     * {@code ZPOPMIN}: remove and return the member with the lowest score.
     * @param key the key
     * @return the member with its score, or {@code null} if the key does not exist
     */
    @Nullable ScoredValue<String> zpopMin(String key);

    /**
     * {@code ZPOPMIN key count}: remove and return the members with the lowest scores.
     * @param key the key
     * @param count how many to pop at most
     * @return the popped members, lowest first, empty if the key does not exist
     */
    List<ScoredValue<String>> zpopMin(String key, long count);

    /**
     * {@code ZPOPMAX}: remove and return the member with the highest score.
     * @param key the key
     * @return the member with its score, or {@code null} if the key does not exist
     */
    @Nullable ScoredValue<String> zpopMax(String key);

    /**
     * {@code ZPOPMAX key count}: remove and return the members with the highest scores.
     * @param key the key
     * @param count how many to pop at most
     * @return the popped members, highest first, empty if the key does not exist
     */
    List<ScoredValue<String>> zpopMax(String key, long count);

    /**
     * {@code ZRANDMEMBER} (Redis 6.2): a random member, left in the set.
     * @param key the key
     * @return the member, or {@code null} if the key does not exist
     */
    @Nullable String zrandMember(String key);

    /**
     * {@code ZRANDMEMBER key count}: random members, left in the set. A positive count
     * returns up to {@code count} distinct members (all of them if the set is smaller); a
     * negative count returns exactly {@code -count} members, which may repeat; 0 returns
     * none.
     * @param key the key
     * @param count how many members, with the sign rule above
     * @return the members, empty if the key does not exist
     */
    List<String> zrandMember(String key, long count);

    /**
     * {@code ZRANDMEMBER key count WITHSCORES}: random members with their scores, with
     * the count rule of {@link #zrandMember(String, long)}.
     * @param key the key
     * @param count how many members; negative allows repeats
     * @return the members with their scores, empty if the key does not exist
     */
    List<ScoredValue<String>> zrandMemberWithScores(String key, long count);

    /**
     * {@code ZUNION} (Redis 6.2): the members of any of the sets, lowest combined score
     * first.
     * @param keys the keys; missing keys count as empty
     * @return the members
     */
    List<String> zunion(String... keys);

    /**
     * {@code ZUNION} with weights and an aggregate function.
     * @param options {@code WEIGHTS} (one per key) and {@code AGGREGATE}
     * @param keys the keys
     * @return the members, lowest combined score first
     * @throws KvServerException {@code ERR syntax error} if the number of weights differs
     * from the number of keys
     */
    List<String> zunion(ZAggregateOptions options, String... keys);

    /**
     * {@code ZUNION ... WITHSCORES}: the union with the combined scores (summed).
     * @param keys the keys
     * @return the members with their scores, lowest first
     */
    List<ScoredValue<String>> zunionWithScores(String... keys);

    /**
     * {@code ZUNION ... WITHSCORES} with weights and an aggregate function.
     * @param options {@code WEIGHTS} and {@code AGGREGATE}
     * @param keys the keys
     * @return the members with their combined scores, lowest first
     */
    List<ScoredValue<String>> zunionWithScores(ZAggregateOptions options, String... keys);

    /**
     * {@code ZINTER} (Redis 6.2): the members present in every set, lowest combined score
     * first.
     * @param keys the keys; a missing key makes the result empty
     * @return the members
     */
    List<String> zinter(String... keys);

    /**
     * {@code ZINTER} with weights and an aggregate function.
     * @param options {@code WEIGHTS} (one per key) and {@code AGGREGATE}
     * @param keys the keys
     * @return the members, lowest combined score first
     * @throws KvServerException {@code ERR syntax error} if the number of weights differs
     * from the number of keys
     */
    List<String> zinter(ZAggregateOptions options, String... keys);

    /**
     * {@code ZINTER ... WITHSCORES}: the intersection with the combined scores (summed).
     * @param keys the keys
     * @return the members with their scores, lowest first
     */
    List<ScoredValue<String>> zinterWithScores(String... keys);

    /**
     * {@code ZINTER ... WITHSCORES} with weights and an aggregate function.
     * @param options {@code WEIGHTS} and {@code AGGREGATE}
     * @param keys the keys
     * @return the members with their combined scores, lowest first
     */
    List<ScoredValue<String>> zinterWithScores(ZAggregateOptions options, String... keys);

    /**
     * {@code ZDIFF} (Redis 6.2): the members of the first set that are in none of the
     * others.
     * @param keys the first key, then the keys to subtract
     * @return the members, lowest score first
     */
    List<String> zdiff(String... keys);

    /**
     * {@code ZDIFF ... WITHSCORES}: the difference with the scores of the first set.
     * @param keys the first key, then the keys to subtract
     * @return the members with their scores, lowest first
     */
    List<ScoredValue<String>> zdiffWithScores(String... keys);

    /**
     * {@code ZUNIONSTORE}: store the union (scores summed), replacing the destination.
     * @param destination the key to write; deleted if the result is empty
     * @param keys the keys
     * @return the number of members stored
     */
    long zunionStore(String destination, String... keys);

    /**
     * {@code ZUNIONSTORE} with weights and an aggregate function.
     * @param destination the key to write
     * @param options {@code WEIGHTS} (one per key) and {@code AGGREGATE}
     * @param keys the keys
     * @return the number of members stored
     * @throws KvServerException {@code ERR syntax error} if the number of weights differs
     * from the number of keys
     */
    long zunionStore(String destination, ZAggregateOptions options, String... keys);

    /**
     * {@code ZINTERSTORE}: store the intersection (scores summed), replacing the
     * destination.
     * @param destination the key to write; deleted if the result is empty
     * @param keys the keys
     * @return the number of members stored
     */
    long zinterStore(String destination, String... keys);

    /**
     * {@code ZINTERSTORE} with weights and an aggregate function.
     * @param destination the key to write
     * @param options {@code WEIGHTS} (one per key) and {@code AGGREGATE}
     * @param keys the keys
     * @return the number of members stored
     * @throws KvServerException {@code ERR syntax error} if the number of weights differs
     * from the number of keys
     */
    long zinterStore(String destination, ZAggregateOptions options, String... keys);

    /**
     * {@code ZDIFFSTORE} (Redis 6.2): store the difference, replacing the destination.
     * @param destination the key to write; deleted if the result is empty
     * @param keys the first key, then the keys to subtract
     * @return the number of members stored
     */
    long zdiffStore(String destination, String... keys);

    /**
     * {@code ZINTERCARD} (Redis 7.0): the size of the intersection, without returning it.
     * @param keys the keys
     * @return the number of members in every set
     */
    long zinterCard(String... keys);

    /**
     * {@code ZINTERCARD ... LIMIT}: the size of the intersection, counting stops at a
     * limit.
     * @param limit the most to count; 0 means no limit
     * @param keys the keys
     * @return the number of members in every set, at most {@code limit} if it is positive
     * @throws KvServerException {@code ERR LIMIT can't be negative} if the limit is
     * negative
     */
    long zinterCard(long limit, String... keys);

    /**
     * {@code ZREMRANGEBYRANK}: remove members by rank, both ends inclusive, negative from
     * the end.
     * @param key the key
     * @param start the first rank
     * @param stop the last rank
     * @return the number of members removed
     */
    long zremRangeByRank(String key, long start, long stop);

    /**
     * {@code ZREMRANGEBYSCORE}: remove members with a score in a range.
     * @param key the key
     * @param min the lower bound
     * @param max the upper bound
     * @return the number of members removed
     */
    long zremRangeByScore(String key, ScoreBound min, ScoreBound max);

    /**
     * {@code ZREMRANGEBYLEX}: remove members in a lexicographic range.
     * @param key the key
     * @param min the lower bound
     * @param max the upper bound
     * @return the number of members removed
     */
    long zremRangeByLex(String key, LexBound min, LexBound max);

    /**
     * {@code ZMPOP} (Redis 7.0): pop one member from the first non-empty sorted set.
     * @param side the end to pop from
     * @param keys the keys, at least one, tried in order
     * @return the key popped from and the member, or {@code null} if every set is empty
     */
    @Nullable ZPopResult zmpop(ZPopSide side, String... keys);

    /**
     * {@code ZMPOP ... COUNT}: pop up to {@code count} members from the first non-empty
     * sorted set.
     * @param side the end to pop from
     * @param count the most members to pop; positive
     * @param keys the keys, at least one, tried in order
     * @return the key popped from and the members, or {@code null} if every set is empty
     * @throws KvServerException {@code ERR count should be greater than 0} if the count
     * is not positive
     */
    @Nullable ZPopResult zmpop(ZPopSide side, long count, String... keys);

    /**
     * {@code BZPOPMIN}: pop the lowest member of the first non-empty sorted set among
     * several keys, waiting for one if all are empty. RESP only, see the class
     * description.
     * @param timeout how long to wait, to the millisecond; {@link Duration#ZERO} waits
     * indefinitely
     * @param keys the keys, at least one, tried in order
     * @return the key popped from and its one member, or {@code null} if the timeout
     * passed
     * @throws IllegalArgumentException if the timeout is negative
     */
    @Nullable ZPopResult bzpopMin(Duration timeout, String... keys);

    /**
     * {@code BZPOPMAX}: pop the highest member of the first non-empty sorted set among
     * several keys, waiting for one if all are empty. RESP only, see the class
     * description.
     * @param timeout how long to wait, to the millisecond; {@link Duration#ZERO} waits
     * indefinitely
     * @param keys the keys, at least one, tried in order
     * @return the key popped from and its one member, or {@code null} if the timeout
     * passed
     * @throws IllegalArgumentException if the timeout is negative
     */
    @Nullable ZPopResult bzpopMax(Duration timeout, String... keys);

    /**
     * {@code BZMPOP}: {@link #zmpop(ZPopSide, String...) ZMPOP} of one member, waiting
     * for one of the sorted sets to receive a member if all are empty (Redis 7.0). RESP
     * only, see the class description.
     * @param timeout how long to wait, to the millisecond; {@link Duration#ZERO} waits
     * indefinitely
     * @param side the end to pop from
     * @param keys the keys, at least one, tried in order
     * @return the key popped from and its one member, or {@code null} if the timeout
     * passed
     * @throws IllegalArgumentException if the timeout is negative
     */
    @Nullable ZPopResult bzmpop(Duration timeout, ZPopSide side, String... keys);

    /**
     * {@code BZMPOP ... COUNT}: {@link #zmpop(ZPopSide, long, String...) ZMPOP}, waiting
     * for one of the sorted sets to receive a member if all are empty (Redis 7.0). RESP
     * only, see the class description.
     * @param timeout how long to wait, to the millisecond; {@link Duration#ZERO} waits
     * indefinitely
     * @param side the end to pop from
     * @param count the most members to pop; positive
     * @param keys the keys, at least one, tried in order
     * @return the key popped from and its members, or {@code null} if the timeout passed
     * @throws IllegalArgumentException if the timeout is negative
     */
    @Nullable ZPopResult bzmpop(Duration timeout, ZPopSide side, long count, String... keys);

    /**
     * {@code ZSCAN}: one step of an incremental iteration over a sorted set's members and
     * scores.
     * @param key the key
     * @param cursor {@link ScanResult#START} to begin, then the cursor of the previous
     * result
     * @param options pattern and count hint; a {@code TYPE} filter is only valid for
     * {@code SCAN} and is refused with {@link IllegalArgumentException} before anything
     * is sent
     * @return the members with their scores of this step and the next cursor; a member
     * may appear in more than one step
     */
    ScanResult<ScoredValue<String>> zscan(String key, String cursor, ScanOptions options);

}
