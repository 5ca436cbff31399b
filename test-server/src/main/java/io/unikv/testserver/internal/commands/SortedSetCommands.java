package io.unikv.testserver.internal.commands;

import java.util.ArrayList;
import java.util.List;

import io.unikv.testserver.internal.engine.ByteKey;
import io.unikv.testserver.internal.engine.CommandContext;
import io.unikv.testserver.internal.engine.CommandSpec;
import io.unikv.testserver.internal.engine.CommandTable;
import io.unikv.testserver.internal.engine.Database;
import io.unikv.testserver.internal.engine.Errors;
import io.unikv.testserver.internal.engine.RedisError;
import io.unikv.testserver.internal.engine.Reply;
import io.unikv.testserver.internal.engine.ZSetValue;
import org.jspecify.annotations.Nullable;

import static io.unikv.testserver.internal.engine.CommandSpec.Flag.BLOCKING;
import static io.unikv.testserver.internal.engine.CommandSpec.Flag.DENYOOM;
import static io.unikv.testserver.internal.engine.CommandSpec.Flag.FAST;
import static io.unikv.testserver.internal.engine.CommandSpec.Flag.NOSCRIPT;
import static io.unikv.testserver.internal.engine.CommandSpec.Flag.READONLY;
import static io.unikv.testserver.internal.engine.CommandSpec.Flag.WRITE;

/**
 * Sorted sets: ZCARD, ZSCORE, ZMSCORE, ZREM, ZRANK, ZREVRANK, ZCOUNT and ZLEXCOUNT here;
 * ZADD and ZINCRBY in {@link ZAdd}; the ZRANGE family, ZRANGESTORE and ZREMRANGEBY* in
 * {@link ZRange}; ZUNION, ZINTER, ZDIFF, their STORE forms and ZINTERCARD in
 * {@link ZSetAlgebra}; ZPOPMIN, ZPOPMAX, ZMPOP and their blocking forms in {@link ZPop};
 * ZRANDMEMBER and ZSCAN in {@link ZSetSampling}. Replies, reply types and errors are
 * Redis 7.0's; sorted sets that become empty are deleted.
 *
 * @author unikv authors
 */
final class SortedSetCommands {

    private SortedSetCommands() {
    }

    static void register(CommandTable table) {
        table.register(CommandSpec.keys("zadd", -4, 1, 1, 1, ZAdd::zadd, WRITE, DENYOOM, FAST),
                CommandSpec.keys("zincrby", 4, 1, 1, 1, ZAdd::zincrby, WRITE, DENYOOM, FAST),
                CommandSpec.keys("zrem", -3, 1, 1, 1, SortedSetCommands::zrem, WRITE, FAST),
                CommandSpec.keys("zcard", 2, 1, 1, 1, SortedSetCommands::zcard, READONLY, FAST),
                CommandSpec.keys("zscore", 3, 1, 1, 1, SortedSetCommands::zscore, READONLY, FAST),
                CommandSpec.keys("zmscore", -3, 1, 1, 1, SortedSetCommands::zmscore, READONLY, FAST),
                CommandSpec.keys("zcount", 4, 1, 1, 1, SortedSetCommands::zcount, READONLY, FAST),
                CommandSpec.keys("zlexcount", 4, 1, 1, 1, SortedSetCommands::zlexcount, READONLY, FAST),
                CommandSpec.keys("zrank", 3, 1, 1, 1, (ctx) -> zrank(ctx, false), READONLY, FAST),
                CommandSpec.keys("zrevrank", 3, 1, 1, 1, (ctx) -> zrank(ctx, true), READONLY, FAST),
                CommandSpec.keys("zrange", -4, 1, 1, 1, ZRange::zrange, READONLY),
                CommandSpec.keys("zrangestore", -5, 1, 2, 1, ZRange::zrangestore, WRITE, DENYOOM),
                CommandSpec.keys("zrevrange", -4, 1, 1, 1, ZRange::zrevrange, READONLY),
                CommandSpec.keys("zrangebyscore", -4, 1, 1, 1, (ctx) -> ZRange.byScore(ctx, false), READONLY),
                CommandSpec.keys("zrevrangebyscore", -4, 1, 1, 1, (ctx) -> ZRange.byScore(ctx, true), READONLY),
                CommandSpec.keys("zrangebylex", -4, 1, 1, 1, (ctx) -> ZRange.byLex(ctx, false), READONLY),
                CommandSpec.keys("zrevrangebylex", -4, 1, 1, 1, (ctx) -> ZRange.byLex(ctx, true), READONLY),
                CommandSpec.keys("zremrangebyrank", 4, 1, 1, 1, ZRange::zremrangebyrank, WRITE),
                CommandSpec.keys("zremrangebyscore", 4, 1, 1, 1, ZRange::zremrangebyscore, WRITE),
                CommandSpec.keys("zremrangebylex", 4, 1, 1, 1, ZRange::zremrangebylex, WRITE),
                // Redis reports first/last key 0 for the numkeys commands (movablekeys).
                CommandSpec.of("zunion", -3, (ctx) -> ZSetAlgebra.compute(ctx, ZSetAlgebra.Op.UNION, false), READONLY),
                CommandSpec.of("zinter", -3, (ctx) -> ZSetAlgebra.compute(ctx, ZSetAlgebra.Op.INTER, false), READONLY),
                CommandSpec.of("zdiff", -3, (ctx) -> ZSetAlgebra.compute(ctx, ZSetAlgebra.Op.DIFF, false), READONLY),
                CommandSpec.of("zintercard", -3, ZSetAlgebra::zintercard, READONLY),
                CommandSpec.keys("zunionstore", -4, 1, 1, 1,
                        (ctx) -> ZSetAlgebra.compute(ctx, ZSetAlgebra.Op.UNION, true), WRITE, DENYOOM),
                CommandSpec.keys("zinterstore", -4, 1, 1, 1,
                        (ctx) -> ZSetAlgebra.compute(ctx, ZSetAlgebra.Op.INTER, true), WRITE, DENYOOM),
                CommandSpec.keys("zdiffstore", -4, 1, 1, 1,
                        (ctx) -> ZSetAlgebra.compute(ctx, ZSetAlgebra.Op.DIFF, true), WRITE, DENYOOM),
                CommandSpec.keys("zpopmin", -2, 1, 1, 1, (ctx) -> ZPop.zpop(ctx, false), WRITE, FAST),
                CommandSpec.keys("zpopmax", -2, 1, 1, 1, (ctx) -> ZPop.zpop(ctx, true), WRITE, FAST),
                CommandSpec.of("zmpop", -4, ZPop::zmpop, WRITE),
                CommandSpec.keys("bzpopmin", -3, 1, -2, 1, (ctx) -> ZPop.bzpop(ctx, false), WRITE, NOSCRIPT, BLOCKING,
                        FAST),
                CommandSpec.keys("bzpopmax", -3, 1, -2, 1, (ctx) -> ZPop.bzpop(ctx, true), WRITE, NOSCRIPT, BLOCKING,
                        FAST),
                CommandSpec.of("bzmpop", -5, ZPop::bzmpop, WRITE, BLOCKING),
                CommandSpec.keys("zrandmember", -2, 1, 1, 1, ZSetSampling::zrandmember, READONLY),
                CommandSpec.keys("zscan", -3, 1, 1, 1, ZSetSampling::zscan, READONLY));
    }

    /**
     * Return the sorted set under a key.
     * @param db the database
     * @param key the key
     * @return the sorted set, or {@code null} if the key does not exist
     * @throws RedisError {@link Errors#WRONGTYPE}
     */
    static @Nullable ZSetValue zset(Database db, ByteKey key) {
        return db.get(key, ZSetValue.class);
    }

    /**
     * Reply with entries: members only, or members and scores (a flat array in RESP2, an
     * array of {@code [member, score]} pairs in RESP3).
     * @param ctx the command
     * @param entries the entries
     * @param withScores whether to include the scores
     * @return the reply
     */
    static Reply entries(CommandContext ctx, List<ZSetValue.Entry> entries, boolean withScores) {
        boolean pairs = withScores && ctx.client().protocol() > 2;
        List<Reply> items = new ArrayList<>(withScores && !pairs ? entries.size() * 2 : entries.size());
        for (ZSetValue.Entry entry : entries) {
            if (pairs) {
                items.add(pair(entry));
            }
            else {
                items.add(Reply.bulk(entry.member().bytes()));
                if (withScores) {
                    items.add(new Reply.Dbl(entry.score()));
                }
            }
        }
        return Reply.array(items);
    }

    /**
     * Return {@code [member, score]}.
     * @param entry the entry
     * @return the reply
     */
    static Reply pair(ZSetValue.Entry entry) {
        return Reply.array(List.of(Reply.bulk(entry.member().bytes()), new Reply.Dbl(entry.score())));
    }

    private static Reply zcard(CommandContext ctx) {
        ZSetValue zset = zset(ctx.db(), ctx.key(1));
        return Reply.integer((zset != null) ? zset.size() : 0);
    }

    private static Reply zscore(CommandContext ctx) {
        ZSetValue zset = zset(ctx.db(), ctx.key(1));
        Double score = (zset != null) ? zset.score(ctx.key(2)) : null;
        return (score != null) ? new Reply.Dbl(score) : Reply.NULL;
    }

    private static Reply zmscore(CommandContext ctx) {
        ZSetValue zset = zset(ctx.db(), ctx.key(1));
        List<Reply> scores = new ArrayList<>(ctx.argc() - 2);
        for (int i = 2; i < ctx.argc(); i++) {
            Double score = (zset != null) ? zset.score(ctx.key(i)) : null;
            scores.add((score != null) ? new Reply.Dbl(score) : Reply.NULL);
        }
        return Reply.array(scores);
    }

    private static Reply zrem(CommandContext ctx) {
        Database db = ctx.db();
        ByteKey key = ctx.key(1);
        ZSetValue zset = zset(db, key);
        if (zset == null) {
            return Reply.ZERO;
        }
        int removed = 0;
        for (int i = 2; i < ctx.argc() && !zset.isEmpty(); i++) {
            if (zset.remove(ctx.key(i))) {
                removed++;
            }
        }
        if (removed > 0) {
            db.deleteIfEmpty(key, zset.isEmpty());
        }
        return Reply.integer(removed);
    }

    private static Reply zrank(CommandContext ctx, boolean reverse) {
        ZSetValue zset = zset(ctx.db(), ctx.key(1));
        int rank = (zset != null) ? zset.rank(ctx.key(2)) : -1;
        if (rank < 0) {
            return Reply.NULL;
        }
        return Reply.integer(reverse ? zset.size() - 1 - rank : rank);
    }

    private static Reply zcount(CommandContext ctx) {
        ScoreRange range = ScoreRange.parse(ctx.arg(2), ctx.arg(3));
        ZSetValue zset = zset(ctx.db(), ctx.key(1));
        return Reply.integer((zset != null) ? range.select(zset, false, 0, -1).size() : 0);
    }

    private static Reply zlexcount(CommandContext ctx) {
        LexRange range = LexRange.parse(ctx.arg(2), ctx.arg(3));
        ZSetValue zset = zset(ctx.db(), ctx.key(1));
        return Reply.integer((zset != null) ? range.select(zset, false, 0, -1).size() : 0);
    }

}
