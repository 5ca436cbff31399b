package io.unikv.commands;

import io.unikv.transport.Command;
import org.jspecify.annotations.Nullable;

/**
 * One end of a score range of a sorted set command ({@code ZCOUNT},
 * {@code ZRANGE ... BYSCORE}, {@code ZREMRANGEBYSCORE}): a score that is included or
 * excluded, or an infinity. Immutable.
 *
 * <pre class="code">
 * store.zcount("scores", ScoreBound.exclusive(1.5), ScoreBound.POSITIVE_INFINITY); // (1.5 +inf
 * </pre>
 *
 * @author unikv authors
 */
public final class ScoreBound {

    /** No lower limit ({@code -inf}); includes members whose score is {@code -inf}. */
    public static final ScoreBound NEGATIVE_INFINITY = new ScoreBound(Double.NEGATIVE_INFINITY, true);

    /** No upper limit ({@code +inf}); includes members whose score is {@code +inf}. */
    public static final ScoreBound POSITIVE_INFINITY = new ScoreBound(Double.POSITIVE_INFINITY, true);

    private final double value;

    private final boolean inclusive;

    private ScoreBound(double value, boolean inclusive) {
        if (Double.isNaN(value)) {
            throw new IllegalArgumentException("A score bound must be a number, not NaN");
        }
        this.value = value;
        this.inclusive = inclusive;
    }

    /**
     * A bound that includes its score, rendered as the bare number ({@code 1.5}).
     * @param value the score; may be infinite
     * @return the bound
     * @throws IllegalArgumentException if the value is NaN
     */
    public static ScoreBound inclusive(double value) {
        return new ScoreBound(value, true);
    }

    /**
     * A bound that excludes its score, rendered with Redis's {@code (} prefix
     * ({@code (1.5}).
     * @param value the score; may be infinite, then members scored at that infinity are
     * excluded
     * @return the bound
     * @throws IllegalArgumentException if the value is NaN
     */
    public static ScoreBound exclusive(double value) {
        return new ScoreBound(value, false);
    }

    /**
     * Return the score.
     * @return the score, possibly infinite
     */
    public double value() {
        return this.value;
    }

    /**
     * Return whether a member with exactly this score is in the range.
     * @return {@code true} if inclusive
     */
    public boolean isInclusive() {
        return this.inclusive;
    }

    /**
     * Return the bound as Redis expects it: {@code 1.5}, {@code (1.5}, {@code -inf},
     * {@code +inf}.
     * @return the argument
     */
    public String argument() {
        // Redis's docs and strtod both use an explicit sign for positive infinity.
        String number = (this.value == Double.POSITIVE_INFINITY) ? "+inf" : Command.formatDouble(this.value);
        return this.inclusive ? number : "(" + number;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return (other instanceof ScoreBound bound) && Double.compare(this.value, bound.value) == 0
                && this.inclusive == bound.inclusive;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(this.value) * 31 + Boolean.hashCode(this.inclusive);
    }

    @Override
    public String toString() {
        return argument();
    }

}
