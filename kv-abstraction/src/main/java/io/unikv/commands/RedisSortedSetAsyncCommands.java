package io.unikv.commands;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.unikv.KvException;
import io.unikv.KvServerException;
import org.jspecify.annotations.Nullable;

/**
 * Asynchronous commands for sorted sets. Members are written through the store's
 * {@link io.unikv.codec.KvCodec} and read back as text, or as a requested type where a
 * method takes one. Scores are {@code double}s, sent and parsed as Redis prints them
 * ({@code 1.5}, {@code 3}, {@code inf}, {@code -inf}); NaN is refused with
 * {@link IllegalArgumentException} before anything is sent. A missing key behaves as an
 * empty sorted set. Error replies fail the future with {@link KvServerException} with
 * Redis's text, for example {@code WRONGTYPE} when a key holds another type; commands
 * over several keys need them in one hash slot on Redis Cluster ({@code CROSSSLOT}
 * otherwise).
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
 * <p>
 * Every method returns at once; the future completes with the reply, or fails with the
 * exception the synchronous variant documents.
 *
 * @author unikv authors
 * @see RedisSortedSetCommands
 */
public interface RedisSortedSetAsyncCommands {

    /**
     * {@code ZADD}: add a member or update its score.
     * @param key the key; created if missing
     * @param score the score
     * @param member the member
     * @return a future completing with {@code true} if the member was added,
     * {@code false} if only its score was updated
     */
    CompletableFuture<Boolean> zadd(String key, double score, Object member);

    /**
     * {@code ZADD} with options.
     * @param key the key
     * @param score the score
     * @param member the member
     * @param options conditions ({@code NX}, {@code XX}, {@code GT}, {@code LT}) and
     * {@code CH}
     * @return a future completing with {@code true} if the member was added, or with
     * {@code CH} added or its score changed; {@code false} otherwise, including when a
     * condition was not met
     */
    CompletableFuture<Boolean> zadd(String key, double score, Object member, ZAddOptions options);

    /**
     * {@code ZADD} of several members.
     * @param key the key
     * @param scoredMembers each member with its score, sent in the map's iteration order
     * @return a future completing with how many members were added, not counting updated
     * ones
     */
    CompletableFuture<Long> zadd(String key, Map<?, Double> scoredMembers);

    /**
     * {@code ZADD} of several members with options.
     * @param key the key
     * @param scoredMembers each member with its score
     * @param options conditions and {@code CH}
     * @return a future completing with how many members were added, or with {@code CH}
     * added or changed
     */
    CompletableFuture<Long> zadd(String key, Map<?, Double> scoredMembers, ZAddOptions options);

    /**
     * {@code ZADD ... INCR}: increment a member's score like {@code ZINCRBY}, under the
     * conditions of the options.
     * @param key the key
     * @param increment the amount to add; a missing member starts at 0
     * @param member the member
     * @param options conditions; {@code CH} makes no difference here
     * @return a future completing with the new score, or {@code null} if a condition was
     * not met
     */
    CompletableFuture<@Nullable Double> zaddIncr(String key, double increment, Object member, ZAddOptions options);

    /**
     * {@code ZINCRBY}.
     * @param key the key; created if missing
     * @param increment the amount to add, may be negative; a missing member starts at 0
     * @param member the member
     * @return a future completing with the new score
     */
    CompletableFuture<Double> zincrBy(String key, double increment, Object member);

    /**
     * {@code ZSCORE}.
     * @param key the key
     * @param member the member
     * @return a future completing with the score, or {@code null} if the key or the
     * member does not exist
     */
    CompletableFuture<@Nullable Double> zscore(String key, Object member);

    /**
     * {@code ZMSCORE} (Redis 6.2): the scores of several members.
     * @param key the key
     * @param members the members
     * @return a future completing with one score per member, in order, {@code null} for
     * members not in the set
     */
    CompletableFuture<List<@Nullable Double>> zmscore(String key, Object... members);

    /**
     * {@code ZREM}: remove members; the key is deleted when the set becomes empty.
     * @param key the key
     * @param members the members
     * @return a future completing with how many members were removed, not counting those
     * that were absent
     */
    CompletableFuture<Long> zrem(String key, Object... members);

    /**
     * {@code ZCARD}.
     * @param key the key
     * @return a future completing with the number of members, 0 if the key does not exist
     */
    CompletableFuture<Long> zcard(String key);

    /**
     * {@code ZCOUNT}: how many members have a score in a range.
     * @param key the key
     * @param min the lower bound, for example {@link ScoreBound#NEGATIVE_INFINITY}
     * @param max the upper bound
     * @return a future completing with the count
     */
    CompletableFuture<Long> zcount(String key, ScoreBound min, ScoreBound max);

    /**
     * {@code ZLEXCOUNT}: how many members lie in a lexicographic range (all members
     * having the same score).
     * @param key the key
     * @param min the lower bound, for example {@link LexBound#NEGATIVE_INFINITY}
     * @param max the upper bound
     * @return a future completing with the count
     */
    CompletableFuture<Long> zlexCount(String key, LexBound min, LexBound max);

    /**
     * {@code ZRANK}: a member's position, lowest score first.
     * @param key the key
     * @param member the member
     * @return a future completing with the rank from 0, or {@code null} if the key or the
     * member does not exist
     */
    CompletableFuture<@Nullable Long> zrank(String key, Object member);

    /**
     * {@code ZREVRANK}: a member's position, highest score first.
     * @param key the key
     * @param member the member
     * @return a future completing with the rank from 0, or {@code null} if the key or the
     * member does not exist
     */
    CompletableFuture<@Nullable Long> zrevRank(String key, Object member);

    /**
     * {@code ZRANGE} (Redis 6.2 syntax): members by rank, score or text, as text.
     * @param key the key
     * @param range which members, in which order
     * @return a future completing with the members in range order, empty if none match
     */
    CompletableFuture<List<String>> zrange(String key, ZRangeSpec range);

    /**
     * {@code ZRANGE}: members by rank, score or text, as a type.
     * @param <T> the type
     * @param key the key
     * @param range which members, in which order
     * @param type the type the codec decodes into
     * @return a future completing with the members in range order
     */
    <T> CompletableFuture<List<T>> zrange(String key, ZRangeSpec range, Class<T> type);

    /**
     * {@code ZRANGE ... WITHSCORES}: members with their scores, as text.
     * @param key the key
     * @param range an index or score range; Redis refuses {@code WITHSCORES} with
     * {@code BYLEX}
     * @return a future completing with the members with their scores in range order
     */
    CompletableFuture<List<ScoredValue<String>>> zrangeWithScores(String key, ZRangeSpec range);

    /**
     * {@code ZRANGE ... WITHSCORES}: members with their scores, as a type.
     * @param <T> the type
     * @param key the key
     * @param range an index or score range
     * @param type the type the codec decodes into
     * @return a future completing with the members with their scores in range order
     */
    <T> CompletableFuture<List<ScoredValue<T>>> zrangeWithScores(String key, ZRangeSpec range, Class<T> type);

    /**
     * {@code ZRANGESTORE} (Redis 6.2): store a range of one sorted set as another.
     * @param destination the key to write, replaced; deleted if the range is empty
     * @param source the key to read
     * @param range which members
     * @return a future completing with the number of members stored
     */
    CompletableFuture<Long> zrangeStore(String destination, String source, ZRangeSpec range);

    /**
     * {@code ZPOPMIN}: remove and return the member with the lowest score.
     * @param key the key
     * @return a future completing with the member with its score, or {@code null} if the
     * key does not exist
     */
    CompletableFuture<@Nullable ScoredValue<String>> zpopMin(String key);

    /**
     * {@code ZPOPMIN key count}: remove and return the members with the lowest scores.
     * @param key the key
     * @param count how many to pop at most
     * @return a future completing with the popped members, lowest first, empty if the key
     * does not exist
     */
    CompletableFuture<List<ScoredValue<String>>> zpopMin(String key, long count);

    /**
     * {@code ZPOPMAX}: remove and return the member with the highest score.
     * @param key the key
     * @return a future completing with the member with its score, or {@code null} if the
     * key does not exist
     */
    CompletableFuture<@Nullable ScoredValue<String>> zpopMax(String key);

    /**
     * {@code ZPOPMAX key count}: remove and return the members with the highest scores.
     * @param key the key
     * @param count how many to pop at most
     * @return a future completing with the popped members, highest first, empty if the
     * key does not exist
     */
    CompletableFuture<List<ScoredValue<String>>> zpopMax(String key, long count);

    /**
     * {@code ZRANDMEMBER} (Redis 6.2): a random member, left in the set.
     * @param key the key
     * @return a future completing with the member, or {@code null} if the key does not
     * exist
     */
    CompletableFuture<@Nullable String> zrandMember(String key);

    /**
     * {@code ZRANDMEMBER key count}: random members, left in the set. A positive count
     * returns up to {@code count} distinct members (all of them if the set is smaller); a
     * negative count returns exactly {@code -count} members, which may repeat; 0 returns
     * none.
     * @param key the key
     * @param count how many members, with the sign rule above
     * @return a future completing with the members, empty if the key does not exist
     */
    CompletableFuture<List<String>> zrandMember(String key, long count);

    /**
     * {@code ZRANDMEMBER key count WITHSCORES}: random members with their scores, with
     * the count rule of {@link #zrandMember(String, long)}.
     * @param key the key
     * @param count how many members; negative allows repeats
     * @return a future completing with the members with their scores, empty if the key
     * does not exist
     */
    CompletableFuture<List<ScoredValue<String>>> zrandMemberWithScores(String key, long count);

    /**
     * {@code ZUNION} (Redis 6.2): the members of any of the sets, lowest combined score
     * first.
     * @param keys the keys; missing keys count as empty
     * @return a future completing with the members
     */
    CompletableFuture<List<String>> zunion(String... keys);

    /**
     * {@code ZUNION} with weights and an aggregate function.
     * @param options {@code WEIGHTS} (one per key) and {@code AGGREGATE}
     * @param keys the keys
     * @return a future completing with the members, lowest combined score first
     */
    CompletableFuture<List<String>> zunion(ZAggregateOptions options, String... keys);

    /**
     * {@code ZUNION ... WITHSCORES}: the union with the combined scores (summed).
     * @param keys the keys
     * @return a future completing with the members with their scores, lowest first
     */
    CompletableFuture<List<ScoredValue<String>>> zunionWithScores(String... keys);

    /**
     * {@code ZUNION ... WITHSCORES} with weights and an aggregate function.
     * @param options {@code WEIGHTS} and {@code AGGREGATE}
     * @param keys the keys
     * @return a future completing with the members with their combined scores, lowest
     * first
     */
    CompletableFuture<List<ScoredValue<String>>> zunionWithScores(ZAggregateOptions options, String... keys);

    /**
     * {@code ZINTER} (Redis 6.2): the members present in every set, lowest combined score
     * first.
     * @param keys the keys; a missing key makes the result empty
     * @return a future completing with the members
     */
    CompletableFuture<List<String>> zinter(String... keys);

    /**
     * {@code ZINTER} with weights and an aggregate function.
     * @param options {@code WEIGHTS} (one per key) and {@code AGGREGATE}
     * @param keys the keys
     * @return a future completing with the members, lowest combined score first
     */
    CompletableFuture<List<String>> zinter(ZAggregateOptions options, String... keys);

    /**
     * {@code ZINTER ... WITHSCORES}: the intersection with the combined scores (summed).
     * @param keys the keys
     * @return a future completing with the members with their scores, lowest first
     */
    CompletableFuture<List<ScoredValue<String>>> zinterWithScores(String... keys);

    /**
     * {@code ZINTER ... WITHSCORES} with weights and an aggregate function.
     * @param options {@code WEIGHTS} and {@code AGGREGATE}
     * @param keys the keys
     * @return a future completing with the members with their combined scores, lowest
     * first
     */
    CompletableFuture<List<ScoredValue<String>>> zinterWithScores(ZAggregateOptions options, String... keys);

    /**
     * {@code ZDIFF} (Redis 6.2): the members of the first set that are in none of the
     * others.
     * @param keys the first key, then the keys to subtract
     * @return a future completing with the members, lowest score first
     */
    CompletableFuture<List<String>> zdiff(String... keys);

    /**
     * {@code ZDIFF ... WITHSCORES}: the difference with the scores of the first set.
     * @param keys the first key, then the keys to subtract
     * @return a future completing with the members with their scores, lowest first
     */
    CompletableFuture<List<ScoredValue<String>>> zdiffWithScores(String... keys);

    /**
     * {@code ZUNIONSTORE}: store the union (scores summed), replacing the destination.
     * @param destination the key to write; deleted if the result is empty
     * @param keys the keys
     * @return a future completing with the number of members stored
     */
    CompletableFuture<Long> zunionStore(String destination, String... keys);

    /**
     * {@code ZUNIONSTORE} with weights and an aggregate function.
     * @param destination the key to write
     * @param options {@code WEIGHTS} (one per key) and {@code AGGREGATE}
     * @param keys the keys
     * @return a future completing with the number of members stored
     */
    CompletableFuture<Long> zunionStore(String destination, ZAggregateOptions options, String... keys);

    /**
     * {@code ZINTERSTORE}: store the intersection (scores summed), replacing the
     * destination.
     * @param destination the key to write; deleted if the result is empty
     * @param keys the keys
     * @return a future completing with the number of members stored
     */
    CompletableFuture<Long> zinterStore(String destination, String... keys);

    /**
     * {@code ZINTERSTORE} with weights and an aggregate function.
     * @param destination the key to write
     * @param options {@code WEIGHTS} (one per key) and {@code AGGREGATE}
     * @param keys the keys
     * @return a future completing with the number of members stored
     */
    CompletableFuture<Long> zinterStore(String destination, ZAggregateOptions options, String... keys);

    /**
     * {@code ZDIFFSTORE} (Redis 6.2): store the difference, replacing the destination.
     * @param destination the key to write; deleted if the result is empty
     * @param keys the first key, then the keys to subtract
     * @return a future completing with the number of members stored
     */
    CompletableFuture<Long> zdiffStore(String destination, String... keys);

    /**
     * {@code ZINTERCARD} (Redis 7.0): the size of the intersection, without returning it.
     * @param keys the keys
     * @return a future completing with the number of members in every set
     */
    CompletableFuture<Long> zinterCard(String... keys);

    /**
     * {@code ZINTERCARD ... LIMIT}: the size of the intersection, counting stops at a
     * limit.
     * @param limit the most to count; 0 means no limit
     * @param keys the keys
     * @return a future completing with the number of members in every set, at most
     * {@code limit} if it is positive
     */
    CompletableFuture<Long> zinterCard(long limit, String... keys);

    /**
     * {@code ZREMRANGEBYRANK}: remove members by rank, both ends inclusive, negative from
     * the end.
     * @param key the key
     * @param start the first rank
     * @param stop the last rank
     * @return a future completing with the number of members removed
     */
    CompletableFuture<Long> zremRangeByRank(String key, long start, long stop);

    /**
     * {@code ZREMRANGEBYSCORE}: remove members with a score in a range.
     * @param key the key
     * @param min the lower bound
     * @param max the upper bound
     * @return a future completing with the number of members removed
     */
    CompletableFuture<Long> zremRangeByScore(String key, ScoreBound min, ScoreBound max);

    /**
     * {@code ZREMRANGEBYLEX}: remove members in a lexicographic range.
     * @param key the key
     * @param min the lower bound
     * @param max the upper bound
     * @return a future completing with the number of members removed
     */
    CompletableFuture<Long> zremRangeByLex(String key, LexBound min, LexBound max);

    /**
     * {@code ZMPOP} (Redis 7.0): pop one member from the first non-empty sorted set.
     * @param side the end to pop from
     * @param keys the keys, at least one, tried in order
     * @return a future completing with the key popped from and the member, or
     * {@code null} if every set is empty
     */
    CompletableFuture<@Nullable ZPopResult> zmpop(ZPopSide side, String... keys);

    /**
     * {@code ZMPOP ... COUNT}: pop up to {@code count} members from the first non-empty
     * sorted set.
     * @param side the end to pop from
     * @param count the most members to pop; positive
     * @param keys the keys, at least one, tried in order
     * @return a future completing with the key popped from and the members, or
     * {@code null} if every set is empty
     */
    CompletableFuture<@Nullable ZPopResult> zmpop(ZPopSide side, long count, String... keys);

    /**
     * {@code BZPOPMIN}: pop the lowest member of the first non-empty sorted set among
     * several keys, waiting for one if all are empty. RESP only, see the class
     * description.
     * @param timeout how long to wait, to the millisecond; {@link Duration#ZERO} waits
     * indefinitely
     * @param keys the keys, at least one, tried in order
     * @return a future completing with the key popped from and its one member, or
     * {@code null} if the timeout passed
     */
    CompletableFuture<@Nullable ZPopResult> bzpopMin(Duration timeout, String... keys);

    /**
     * {@code BZPOPMAX}: pop the highest member of the first non-empty sorted set among
     * several keys, waiting for one if all are empty. RESP only, see the class
     * description.
     * @param timeout how long to wait, to the millisecond; {@link Duration#ZERO} waits
     * indefinitely
     * @param keys the keys, at least one, tried in order
     * @return a future completing with the key popped from and its one member, or
     * {@code null} if the timeout passed
     */
    CompletableFuture<@Nullable ZPopResult> bzpopMax(Duration timeout, String... keys);

    /**
     * {@code BZMPOP}: {@link #zmpop(ZPopSide, String...) ZMPOP} of one member, waiting
     * for one of the sorted sets to receive a member if all are empty (Redis 7.0). RESP
     * only, see the class description.
     * @param timeout how long to wait, to the millisecond; {@link Duration#ZERO} waits
     * indefinitely
     * @param side the end to pop from
     * @param keys the keys, at least one, tried in order
     * @return a future completing with the key popped from and its one member, or
     * {@code null} if the timeout passed
     */
    CompletableFuture<@Nullable ZPopResult> bzmpop(Duration timeout, ZPopSide side, String... keys);

    /**
     * {@code BZMPOP ... COUNT}: {@link #zmpop(ZPopSide, long, String...) ZMPOP}, waiting
     * for one of the sorted sets to receive a member if all are empty (Redis 7.0). RESP
     * only, see the class description.
     * @param timeout how long to wait, to the millisecond; {@link Duration#ZERO} waits
     * indefinitely
     * @param side the end to pop from
     * @param count the most members to pop; positive
     * @param keys the keys, at least one, tried in order
     * @return a future completing with the key popped from and its members, or
     * {@code null} if the timeout passed
     */
    CompletableFuture<@Nullable ZPopResult> bzmpop(Duration timeout, ZPopSide side, long count, String... keys);

    /**
     * {@code ZSCAN}: one step of an incremental iteration over a sorted set's members and
     * scores.
     * @param key the key
     * @param cursor {@link ScanResult#START} to begin, then the cursor of the previous
     * result
     * @param options pattern and count hint; a {@code TYPE} filter is only valid for
     * {@code SCAN} and is refused with {@link IllegalArgumentException} before anything
     * is sent
     * @return a future completing with the members with their scores of this step and the
     * next cursor; a member may appear in more than one step
     */
    CompletableFuture<ScanResult<ScoredValue<String>>> zscan(String key, String cursor, ScanOptions options);

}
