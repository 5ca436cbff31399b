package io.unikv.internal.commands;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import io.unikv.codec.KvCodec;
import io.unikv.commands.LexBound;
import io.unikv.commands.RedisSortedSetAsyncCommands;
import io.unikv.commands.ScanOptions;
import io.unikv.commands.ScanResult;
import io.unikv.commands.ScoreBound;
import io.unikv.commands.ScoredValue;
import io.unikv.commands.ZAddOptions;
import io.unikv.commands.ZAggregateOptions;
import io.unikv.commands.ZPopResult;
import io.unikv.commands.ZPopSide;
import io.unikv.commands.ZRangeSpec;
import io.unikv.internal.CollectionConverters;
import io.unikv.internal.CommandExecutor;
import io.unikv.internal.Converters;
import io.unikv.internal.ScoredConverters;
import io.unikv.internal.TypedCommand;
import io.unikv.transport.Command;
import io.unikv.transport.Reply;
import org.jspecify.annotations.Nullable;

/**
 * {@link RedisSortedSetAsyncCommands} over a command executor. Scores are sent as
 * {@link Command} formats doubles (NaN is refused before sending) and parsed from RESP3
 * doubles or RESP2 bulk strings by {@link ScoredConverters}.
 *
 * @author unikv authors
 */
public final class SortedSetCommandsImpl implements RedisSortedSetAsyncCommands {

    private static final Function<Reply, List<String>> STRINGS = Converters.list(Converters.string());

    private static final Function<Reply, List<ScoredValue<String>>> SCORED = ScoredConverters
        .scoredValues(Converters.string());

    private final CommandExecutor executor;

    private final KvCodec codec;

    /**
     * Create the family.
     * @param executor where commands go
     * @param codec how members are written and typed reads decoded
     */
    public SortedSetCommandsImpl(CommandExecutor executor, KvCodec codec) {
        this.executor = executor;
        this.codec = codec;
    }

    @Override
    public CompletableFuture<Boolean> zadd(String key, double score, Object member) {
        return zadd(key, score, member, ZAddOptions.none());
    }

    @Override
    public CompletableFuture<Boolean> zadd(String key, double score, Object member, ZAddOptions options) {
        Object[] args = ArgList.of(key).addAll(options.arguments()).add(score, this.codec.encode(member)).toArray();
        return run(Command.write("ZADD", args), (reply) -> reply.asLong() == 1);
    }

    @Override
    public CompletableFuture<Long> zadd(String key, Map<?, Double> scoredMembers) {
        return zadd(key, scoredMembers, ZAddOptions.none());
    }

    @Override
    public CompletableFuture<Long> zadd(String key, Map<?, Double> scoredMembers, ZAddOptions options) {
        ArgList args = ArgList.of(key).addAll(options.arguments());
        scoredMembers.forEach((member, score) -> args.add(score, this.codec.encode(member)));
        return run(Command.write("ZADD", args.toArray()), Converters.integer());
    }

    @Override
    public CompletableFuture<@Nullable Double> zaddIncr(String key, double increment, Object member,
            ZAddOptions options) {
        Object[] args = ArgList.of(key)
            .addAll(options.arguments())
            .add("INCR", increment, this.codec.encode(member))
            .toArray();
        return run(Command.write("ZADD", args), Converters.dbl());
    }

    @Override
    public CompletableFuture<Double> zincrBy(String key, double increment, Object member) {
        return run(Command.write("ZINCRBY", key, increment, this.codec.encode(member)), ScoredConverters.score());
    }

    @Override
    public CompletableFuture<@Nullable Double> zscore(String key, Object member) {
        return run(Command.read("ZSCORE", key, this.codec.encode(member)), Converters.dbl());
    }

    @Override
    public CompletableFuture<List<@Nullable Double>> zmscore(String key, Object... members) {
        return run(Command.read("ZMSCORE", ArgList.of(key).values(this.codec, members).toArray()),
                Converters.list(Converters.dbl()));
    }

    @Override
    public CompletableFuture<Long> zrem(String key, Object... members) {
        return run(Command.write("ZREM", ArgList.of(key).values(this.codec, members).toArray()), Converters.integer());
    }

    @Override
    public CompletableFuture<Long> zcard(String key) {
        return run(Command.read("ZCARD", key), Converters.integer());
    }

    @Override
    public CompletableFuture<Long> zcount(String key, ScoreBound min, ScoreBound max) {
        return run(Command.read("ZCOUNT", key, min.argument(), max.argument()), Converters.integer());
    }

    @Override
    public CompletableFuture<Long> zlexCount(String key, LexBound min, LexBound max) {
        return run(Command.read("ZLEXCOUNT", key, min.argument(), max.argument()), Converters.integer());
    }

    @Override
    public CompletableFuture<@Nullable Long> zrank(String key, Object member) {
        return run(Command.read("ZRANK", key, this.codec.encode(member)), CollectionConverters.optionalInteger());
    }

    @Override
    public CompletableFuture<@Nullable Long> zrevRank(String key, Object member) {
        return run(Command.read("ZREVRANK", key, this.codec.encode(member)), CollectionConverters.optionalInteger());
    }

    @Override
    public CompletableFuture<List<String>> zrange(String key, ZRangeSpec range) {
        return run(Command.read("ZRANGE", ArgList.of(key).addAll(range.arguments()).toArray()), STRINGS);
    }

    @Override
    public <T> CompletableFuture<List<T>> zrange(String key, ZRangeSpec range, Class<T> type) {
        return run(Command.read("ZRANGE", ArgList.of(key).addAll(range.arguments()).toArray()),
                Converters.list(Converters.value(this.codec, type)));
    }

    @Override
    public CompletableFuture<List<ScoredValue<String>>> zrangeWithScores(String key, ZRangeSpec range) {
        return run(zrangeScored(key, range), SCORED);
    }

    @Override
    public <T> CompletableFuture<List<ScoredValue<T>>> zrangeWithScores(String key, ZRangeSpec range, Class<T> type) {
        return run(zrangeScored(key, range), ScoredConverters.scoredValues(Converters.value(this.codec, type)));
    }

    @Override
    public CompletableFuture<Long> zrangeStore(String destination, String source, ZRangeSpec range) {
        return run(Command.write("ZRANGESTORE", ArgList.of(destination, source).addAll(range.arguments()).toArray()),
                Converters.integer());
    }

    @Override
    public CompletableFuture<@Nullable ScoredValue<String>> zpopMin(String key) {
        return run(Command.write("ZPOPMIN", key), ScoredConverters.firstScoredValue());
    }

    @Override
    public CompletableFuture<List<ScoredValue<String>>> zpopMin(String key, long count) {
        return run(Command.write("ZPOPMIN", key, count), SCORED);
    }

    @Override
    public CompletableFuture<@Nullable ScoredValue<String>> zpopMax(String key) {
        return run(Command.write("ZPOPMAX", key), ScoredConverters.firstScoredValue());
    }

    @Override
    public CompletableFuture<List<ScoredValue<String>>> zpopMax(String key, long count) {
        return run(Command.write("ZPOPMAX", key, count), SCORED);
    }

    @Override
    public CompletableFuture<@Nullable String> zrandMember(String key) {
        return run(Command.read("ZRANDMEMBER", key), Converters.string());
    }

    @Override
    public CompletableFuture<List<String>> zrandMember(String key, long count) {
        return run(Command.read("ZRANDMEMBER", key, count), STRINGS);
    }

    @Override
    public CompletableFuture<List<ScoredValue<String>>> zrandMemberWithScores(String key, long count) {
        return run(Command.read("ZRANDMEMBER", key, count, "WITHSCORES"), SCORED);
    }

    @Override
    public CompletableFuture<List<String>> zunion(String... keys) {
        return zunion(ZAggregateOptions.none(), keys);
    }

    @Override
    public CompletableFuture<List<String>> zunion(ZAggregateOptions options, String... keys) {
        return run(combine("ZUNION", options, keys, false), STRINGS);
    }

    @Override
    public CompletableFuture<List<ScoredValue<String>>> zunionWithScores(String... keys) {
        return zunionWithScores(ZAggregateOptions.none(), keys);
    }

    @Override
    public CompletableFuture<List<ScoredValue<String>>> zunionWithScores(ZAggregateOptions options, String... keys) {
        return run(combine("ZUNION", options, keys, true), SCORED);
    }

    @Override
    public CompletableFuture<List<String>> zinter(String... keys) {
        return zinter(ZAggregateOptions.none(), keys);
    }

    @Override
    public CompletableFuture<List<String>> zinter(ZAggregateOptions options, String... keys) {
        return run(combine("ZINTER", options, keys, false), STRINGS);
    }

    @Override
    public CompletableFuture<List<ScoredValue<String>>> zinterWithScores(String... keys) {
        return zinterWithScores(ZAggregateOptions.none(), keys);
    }

    @Override
    public CompletableFuture<List<ScoredValue<String>>> zinterWithScores(ZAggregateOptions options, String... keys) {
        return run(combine("ZINTER", options, keys, true), SCORED);
    }

    @Override
    public CompletableFuture<List<String>> zdiff(String... keys) {
        return run(combine("ZDIFF", ZAggregateOptions.none(), keys, false), STRINGS);
    }

    @Override
    public CompletableFuture<List<ScoredValue<String>>> zdiffWithScores(String... keys) {
        return run(combine("ZDIFF", ZAggregateOptions.none(), keys, true), SCORED);
    }

    @Override
    public CompletableFuture<Long> zunionStore(String destination, String... keys) {
        return zunionStore(destination, ZAggregateOptions.none(), keys);
    }

    @Override
    public CompletableFuture<Long> zunionStore(String destination, ZAggregateOptions options, String... keys) {
        return store("ZUNIONSTORE", destination, options, keys);
    }

    @Override
    public CompletableFuture<Long> zinterStore(String destination, String... keys) {
        return zinterStore(destination, ZAggregateOptions.none(), keys);
    }

    @Override
    public CompletableFuture<Long> zinterStore(String destination, ZAggregateOptions options, String... keys) {
        return store("ZINTERSTORE", destination, options, keys);
    }

    @Override
    public CompletableFuture<Long> zdiffStore(String destination, String... keys) {
        return store("ZDIFFSTORE", destination, ZAggregateOptions.none(), keys);
    }

    @Override
    public CompletableFuture<Long> zinterCard(String... keys) {
        return run(Command.read("ZINTERCARD", ArgList.of().keys(keys).toArray()), Converters.integer());
    }

    @Override
    public CompletableFuture<Long> zinterCard(long limit, String... keys) {
        return run(Command.read("ZINTERCARD", ArgList.of().keys(keys).add("LIMIT", limit).toArray()),
                Converters.integer());
    }

    @Override
    public CompletableFuture<Long> zremRangeByRank(String key, long start, long stop) {
        return run(Command.write("ZREMRANGEBYRANK", key, start, stop), Converters.integer());
    }

    @Override
    public CompletableFuture<Long> zremRangeByScore(String key, ScoreBound min, ScoreBound max) {
        return run(Command.write("ZREMRANGEBYSCORE", key, min.argument(), max.argument()), Converters.integer());
    }

    @Override
    public CompletableFuture<Long> zremRangeByLex(String key, LexBound min, LexBound max) {
        return run(Command.write("ZREMRANGEBYLEX", key, min.argument(), max.argument()), Converters.integer());
    }

    @Override
    public CompletableFuture<@Nullable ZPopResult> zmpop(ZPopSide side, String... keys) {
        return run(Command.write("ZMPOP", ArgList.of().keys(keys).add(side.name()).toArray()),
                ScoredConverters.popResult());
    }

    @Override
    public CompletableFuture<@Nullable ZPopResult> zmpop(ZPopSide side, long count, String... keys) {
        return run(Command.write("ZMPOP", ArgList.of().keys(keys).add(side.name(), "COUNT", count).toArray()),
                ScoredConverters.popResult());
    }

    @Override
    public CompletableFuture<@Nullable ZPopResult> bzpopMin(Duration timeout, String... keys) {
        return run(Command.write("BZPOPMIN", ArgList.of((Object[]) keys).add(seconds(timeout)).toArray()),
                ScoredConverters.popResult());
    }

    @Override
    public CompletableFuture<@Nullable ZPopResult> bzpopMax(Duration timeout, String... keys) {
        return run(Command.write("BZPOPMAX", ArgList.of((Object[]) keys).add(seconds(timeout)).toArray()),
                ScoredConverters.popResult());
    }

    @Override
    public CompletableFuture<@Nullable ZPopResult> bzmpop(Duration timeout, ZPopSide side, String... keys) {
        return run(Command.write("BZMPOP", ArgList.of(seconds(timeout)).keys(keys).add(side.name()).toArray()),
                ScoredConverters.popResult());
    }

    @Override
    public CompletableFuture<@Nullable ZPopResult> bzmpop(Duration timeout, ZPopSide side, long count, String... keys) {
        Object[] args = ArgList.of(seconds(timeout)).keys(keys).add(side.name(), "COUNT", count).toArray();
        return run(Command.write("BZMPOP", args), ScoredConverters.popResult());
    }

    @Override
    public CompletableFuture<ScanResult<ScoredValue<String>>> zscan(String key, String cursor, ScanOptions options) {
        return run(Command.read("ZSCAN", SetCommandsImpl.scanArgs(key, cursor, options)),
                CollectionConverters.scan(SCORED));
    }

    private static Command zrangeScored(String key, ZRangeSpec range) {
        return Command.read("ZRANGE", ArgList.of(key).addAll(range.arguments()).add("WITHSCORES").toArray());
    }

    private static Command combine(String name, ZAggregateOptions options, String[] keys, boolean withScores) {
        ArgList args = ArgList.of().keys(keys).addAll(options.arguments());
        if (withScores) {
            args.add("WITHSCORES");
        }
        return Command.read(name, args.toArray());
    }

    private CompletableFuture<Long> store(String name, String destination, ZAggregateOptions options, String... keys) {
        return run(Command.write(name, ArgList.of(destination).keys(keys).addAll(options.arguments()).toArray()),
                Converters.integer());
    }

    /**
     * Render a blocking timeout in seconds, to the millisecond, as Redis 6+ accepts. A
     * positive timeout below a millisecond is rounded up, since 0 would wait forever.
     * @param timeout the timeout; zero waits indefinitely
     * @return the argument
     */
    private static String seconds(Duration timeout) {
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("timeout is negative: " + timeout);
        }
        long millis = timeout.toMillis();
        if (millis == 0 && !timeout.isZero()) {
            millis = 1;
        }
        return Command.formatDouble(millis / 1000.0);
    }

    private <T> CompletableFuture<T> run(Command command, Function<Reply, T> converter) {
        return this.executor.execute(new TypedCommand<>(command, converter));
    }

}
