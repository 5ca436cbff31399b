package io.unikv.testserver.internal.commands;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

import io.unikv.testserver.internal.engine.ByteKey;
import io.unikv.testserver.internal.engine.CommandContext;
import io.unikv.testserver.internal.engine.Database;
import io.unikv.testserver.internal.engine.Errors;
import io.unikv.testserver.internal.engine.RedisError;
import io.unikv.testserver.internal.engine.Reply;
import io.unikv.testserver.internal.engine.ZSetValue;
import org.jspecify.annotations.Nullable;

/**
 * ZRANGE with Redis 6.2's unified syntax (BYSCORE, BYLEX, REV, LIMIT, WITHSCORES),
 * ZRANGESTORE, the older ZREVRANGE, ZRANGEBYSCORE, ZREVRANGEBYSCORE, ZRANGEBYLEX and
 * ZREVRANGEBYLEX (which fix the range type and direction, so the words that would change
 * them are syntax errors), and ZREMRANGEBYRANK, ZREMRANGEBYSCORE and ZREMRANGEBYLEX.
 *
 * @author unikv authors
 */
final class ZRange {

    private ZRange() {
    }

    static Reply zrange(CommandContext ctx) {
        return range(ctx, 1, null, By.AUTO, Direction.AUTO);
    }

    static Reply zrangestore(CommandContext ctx) {
        return range(ctx, 2, ctx.key(1), By.AUTO, Direction.AUTO);
    }

    static Reply zrevrange(CommandContext ctx) {
        return range(ctx, 1, null, By.RANK, Direction.REVERSE);
    }

    static Reply byScore(CommandContext ctx, boolean reverse) {
        return range(ctx, 1, null, By.SCORE, Direction.of(reverse));
    }

    static Reply byLex(CommandContext ctx, boolean reverse) {
        return range(ctx, 1, null, By.LEX, Direction.of(reverse));
    }

    static Reply zremrangebyrank(CommandContext ctx) {
        long start = ctx.longArg(2);
        long end = ctx.longArg(3);
        return remove(ctx, (zset) -> byRank(zset, start, end, false));
    }

    static Reply zremrangebyscore(CommandContext ctx) {
        ScoreRange range = ScoreRange.parse(ctx.arg(2), ctx.arg(3));
        return remove(ctx, (zset) -> range.select(zset, false, 0, -1));
    }

    static Reply zremrangebylex(CommandContext ctx) {
        LexRange range = LexRange.parse(ctx.arg(2), ctx.arg(3));
        return remove(ctx, (zset) -> range.select(zset, false, 0, -1));
    }

    private static Reply range(CommandContext ctx, int keyIndex, @Nullable ByteKey destination, By by,
            Direction direction) {
        Request request = Request.parse(ctx, keyIndex, destination != null, by, direction);
        Function<ZSetValue, List<ZSetValue.Entry>> selector = request.selector(ctx, keyIndex);
        Database db = ctx.db();
        ZSetValue zset = SortedSetCommands.zset(db, ctx.key(keyIndex));
        List<ZSetValue.Entry> entries = (zset != null) ? selector.apply(zset) : List.of();
        if (destination == null) {
            return SortedSetCommands.entries(ctx, entries, request.withScores());
        }
        // Redis sizes a rank result in advance and starts other results as a listpack
        return store(db, destination, entries,
                request.by() == By.RANK && entries.size() > ZSetValue.MAX_LISTPACK_ENTRIES);
    }

    /**
     * Store a result, replacing the destination (and its TTL), or delete the destination
     * if the result is empty.
     * @param db the database
     * @param destination the key
     * @param entries the result
     * @param skiplist whether the result starts skiplist-encoded
     * @return the number of entries stored
     */
    static Reply store(Database db, ByteKey destination, List<ZSetValue.Entry> entries, boolean skiplist) {
        if (entries.isEmpty()) {
            db.delete(destination);
            return Reply.ZERO;
        }
        ZSetValue result = ZSetValue.withEncoding(skiplist);
        for (ZSetValue.Entry entry : entries) {
            result.put(entry.member(), entry.score());
        }
        db.set(destination, result);
        return Reply.integer(result.size());
    }

    private static List<ZSetValue.Entry> byRank(ZSetValue zset, long start, long end, boolean reverse) {
        long size = zset.size();
        long from = (start < 0) ? Math.max(0, size + start) : start;
        long to = (end < 0) ? size + end : Math.min(end, size - 1);
        if (from > to || from >= size) {
            return List.of();
        }
        List<ZSetValue.Entry> entries = new ArrayList<>((int) (to - from + 1));
        Iterator<ZSetValue.Entry> it = zset.fromRank(from, reverse);
        for (long i = from; i <= to; i++) {
            entries.add(it.next());
        }
        return entries;
    }

    private static Reply remove(CommandContext ctx, Function<ZSetValue, List<ZSetValue.Entry>> range) {
        Database db = ctx.db();
        ByteKey key = ctx.key(1);
        ZSetValue zset = SortedSetCommands.zset(db, key);
        if (zset == null) {
            return Reply.ZERO;
        }
        List<ZSetValue.Entry> entries = range.apply(zset);
        for (ZSetValue.Entry entry : entries) {
            zset.remove(entry.member());
        }
        if (!entries.isEmpty()) {
            db.deleteIfEmpty(key, zset.isEmpty());
        }
        return Reply.integer(entries.size());
    }

    /**
     * The options of a ZRANGE-style command, parsed in Redis's order: option words first
     * (each at most once where Redis says so), then the conflicts between them.
     *
     * @param by how the range is given
     * @param reverse whether to walk from the highest score down
     * @param withScores whether scores are replied
     * @param offset the LIMIT offset
     * @param limit the LIMIT count, -1 for none
     */
    private record Request(By by, boolean reverse, boolean withScores, long offset, long limit) {

        static Request parse(CommandContext ctx, int keyIndex, boolean store, By fixedBy, Direction fixedDirection) {
            By by = fixedBy;
            Direction direction = fixedDirection;
            boolean withScores = false;
            long offset = 0;
            long limit = -1;
            for (int i = keyIndex + 3; i < ctx.argc(); i++) {
                if (!store && ctx.is(i, "WITHSCORES")) {
                    withScores = true;
                }
                else if (ctx.is(i, "LIMIT") && i + 2 < ctx.argc()) {
                    offset = ctx.longArg(i + 1);
                    limit = ctx.longArg(i + 2);
                    i += 2;
                }
                else if (direction == Direction.AUTO && ctx.is(i, "REV")) {
                    direction = Direction.REVERSE;
                }
                else if (by == By.AUTO && ctx.is(i, "BYLEX")) {
                    by = By.LEX;
                }
                else if (by == By.AUTO && ctx.is(i, "BYSCORE")) {
                    by = By.SCORE;
                }
                else {
                    throw ctx.syntaxError();
                }
            }
            by = (by == By.AUTO) ? By.RANK : by;
            if (limit != -1 && by == By.RANK) {
                throw new RedisError(Errors.ZRANGE_LIMIT_NEEDS_BY);
            }
            if (withScores && by == By.LEX) {
                throw new RedisError(Errors.ZRANGE_WITHSCORES_BYLEX);
            }
            return new Request(by, direction == Direction.REVERSE, withScores, offset, limit);
        }

        /** Parse the range arguments into what selects the entries. */
        Function<ZSetValue, List<ZSetValue.Entry>> selector(CommandContext ctx, int keyIndex) {
            // BYSCORE and BYLEX ranges are given as max, min when reversed
            boolean swap = this.reverse && this.by != By.RANK;
            byte[] low = ctx.arg(swap ? keyIndex + 2 : keyIndex + 1);
            byte[] high = ctx.arg(swap ? keyIndex + 1 : keyIndex + 2);
            if (this.by == By.SCORE) {
                ScoreRange range = ScoreRange.parse(low, high);
                return (zset) -> range.select(zset, this.reverse, this.offset, this.limit);
            }
            if (this.by == By.LEX) {
                LexRange range = LexRange.parse(low, high);
                return (zset) -> range.select(zset, this.reverse, this.offset, this.limit);
            }
            long start = CommandContext.parseLong(low, Errors.NOT_INTEGER);
            long end = CommandContext.parseLong(high, Errors.NOT_INTEGER);
            return (zset) -> byRank(zset, start, end, this.reverse);
        }

    }

    private enum By {

        AUTO, RANK, SCORE, LEX

    }

    private enum Direction {

        AUTO, FORWARD, REVERSE;

        static Direction of(boolean reverse) {
            return reverse ? REVERSE : FORWARD;
        }

    }

}
