package io.unikv.commands;

import java.util.ArrayList;
import java.util.List;

/**
 * Which members {@code ZRANGE} and {@code ZRANGESTORE} select, in Redis 6.2's unified
 * syntax: by rank ({@link #byIndex}), by score ({@link #byScore}, {@code BYSCORE}) or
 * lexicographically ({@link #byLex}, {@code BYLEX}), optionally in descending order
 * ({@code REV}) and paged ({@code LIMIT}, score and lex ranges only). Immutable; each
 * method returns a new instance:
 *
 * <pre class="code">
 * ZRangeSpec.byIndex(0, 9).reversed();                  // 0 9 REV: the ten highest
 * ZRangeSpec.byScore(ScoreBound.exclusive(1.5), ScoreBound.POSITIVE_INFINITY)
 *         .reversed().limit(0, 20);                     // +inf (1.5 BYSCORE REV LIMIT 0 20
 * ZRangeSpec.byLex(LexBound.inclusive("a"), LexBound.exclusive("b"));  // [a (b BYLEX
 * </pre>
 *
 * Score and lex bounds are always given lowest first; {@link #reversed()} swaps them in
 * {@link #arguments()}, because Redis expects {@code max min} with {@code REV}. Index
 * ranges are not swapped: with {@code REV}, rank 0 is the highest score.
 *
 * @author unikv authors
 */
public final class ZRangeSpec {

    /**
     * What the bounds of a {@link ZRangeSpec} are.
     */
    public enum By {

        /** Ranks from 0, negative from the end. */
        INDEX,

        /** Scores ({@code BYSCORE}). */
        SCORE,

        /** Member text ({@code BYLEX}). */
        LEX

    }

    private static final long NO_LIMIT = -1;

    private final By by;

    private final Object min;

    private final Object max;

    private final boolean reversed;

    private final long offset;

    private final long count;

    private ZRangeSpec(By by, Object min, Object max, boolean reversed, long offset, long count) {
        this.by = by;
        this.min = min;
        this.max = max;
        this.reversed = reversed;
        this.offset = offset;
        this.count = count;
    }

    /**
     * Every member, lowest score first ({@code 0 -1}).
     * @return the range
     */
    public static ZRangeSpec all() {
        return byIndex(0, -1);
    }

    /**
     * Members by rank, both ends inclusive; negative ranks count from the end ({@code -1}
     * is the last). A range that starts after the end or after {@code stop} is empty.
     * @param start the first rank
     * @param stop the last rank
     * @return the range
     */
    public static ZRangeSpec byIndex(long start, long stop) {
        return new ZRangeSpec(By.INDEX, start, stop, false, 0, NO_LIMIT);
    }

    /**
     * Members whose score lies between two bounds ({@code BYSCORE}).
     * @param min the lower bound, for example {@link ScoreBound#NEGATIVE_INFINITY}
     * @param max the upper bound; a range whose {@code min} is above {@code max} is empty
     * @return the range
     */
    public static ZRangeSpec byScore(ScoreBound min, ScoreBound max) {
        return new ZRangeSpec(By.SCORE, min.argument(), max.argument(), false, 0, NO_LIMIT);
    }

    /**
     * Members between two texts ({@code BYLEX}); meaningful only when all members have
     * the same score.
     * @param min the lower bound, for example {@link LexBound#NEGATIVE_INFINITY}
     * @param max the upper bound
     * @return the range
     */
    public static ZRangeSpec byLex(LexBound min, LexBound max) {
        return new ZRangeSpec(By.LEX, min.argument(), max.argument(), false, 0, NO_LIMIT);
    }

    /**
     * Return a copy that returns members highest first ({@code REV}).
     * @return the new range
     */
    public ZRangeSpec reversed() {
        return new ZRangeSpec(this.by, this.min, this.max, true, this.offset, this.count);
    }

    /**
     * Return a copy that skips {@code offset} matching members and returns at most
     * {@code count} ({@code LIMIT offset count}).
     * @param offset how many matching members to skip
     * @param count how many to return at most; {@link Long#MAX_VALUE} for all the rest
     * @return the new range
     * @throws IllegalArgumentException if this is an index range (Redis supports
     * {@code LIMIT} only with {@code BYSCORE} or {@code BYLEX}) or either number is
     * negative
     */
    public ZRangeSpec limit(long offset, long count) {
        if (this.by == By.INDEX) {
            throw new IllegalArgumentException("LIMIT is only supported in combination with either BYSCORE or BYLEX");
        }
        if (offset < 0) {
            throw new IllegalArgumentException("LIMIT offset must not be negative: " + offset);
        }
        if (count < 0) {
            throw new IllegalArgumentException(
                    "LIMIT count must not be negative: " + count + "; use Long.MAX_VALUE for all the rest");
        }
        return new ZRangeSpec(this.by, this.min, this.max, this.reversed, offset, count);
    }

    /**
     * Return what the bounds are; Redis refuses {@code WITHSCORES} with {@link By#LEX}.
     * @return the kind of range
     */
    public By by() {
        return this.by;
    }

    /**
     * Return whether members come highest first.
     * @return {@code true} with {@code REV}
     */
    public boolean isReversed() {
        return this.reversed;
    }

    /**
     * Return the arguments after {@code ZRANGE key} (or {@code ZRANGESTORE dst src}),
     * without {@code WITHSCORES}: ranks as numbers, bounds as Redis writes them.
     * @return the arguments, for example {@code [+inf, (1.5, BYSCORE, REV, LIMIT, 0, 20]}
     */
    public List<Object> arguments() {
        List<Object> args = new ArrayList<>(7);
        boolean swap = this.reversed && this.by != By.INDEX;
        args.add(swap ? this.max : this.min);
        args.add(swap ? this.min : this.max);
        if (this.by == By.SCORE) {
            args.add("BYSCORE");
        }
        else if (this.by == By.LEX) {
            args.add("BYLEX");
        }
        if (this.reversed) {
            args.add("REV");
        }
        if (this.count != NO_LIMIT) {
            args.add("LIMIT");
            args.add(this.offset);
            args.add(this.count);
        }
        return List.copyOf(args);
    }

    @Override
    public String toString() {
        return "ZRangeSpec" + arguments();
    }

}
