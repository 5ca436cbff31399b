package io.unikv.commands;

import org.jspecify.annotations.Nullable;

/**
 * One end of a lexicographic range of a sorted set command ({@code ZLEXCOUNT},
 * {@code ZRANGE ... BYLEX}, {@code ZREMRANGEBYLEX}): a member that is included
 * ({@code [a}) or excluded ({@code (a}), or the open ends {@code -} and {@code +}. Redis
 * compares members byte by byte (the text is sent as UTF-8), and lexicographic ranges are
 * only meaningful when every member has the same score. Immutable.
 *
 * @author unikv authors
 */
public final class LexBound {

    /** No lower limit ({@code -}). */
    public static final LexBound NEGATIVE_INFINITY = new LexBound("-");

    /** No upper limit ({@code +}). */
    public static final LexBound POSITIVE_INFINITY = new LexBound("+");

    private final String argument;

    private LexBound(String argument) {
        this.argument = argument;
    }

    /**
     * A bound that includes its value ({@code [value}).
     * @param value the member text; may be empty
     * @return the bound
     */
    public static LexBound inclusive(String value) {
        return new LexBound("[" + value);
    }

    /**
     * A bound that excludes its value ({@code (value}).
     * @param value the member text; may be empty
     * @return the bound
     */
    public static LexBound exclusive(String value) {
        return new LexBound("(" + value);
    }

    /**
     * Return the bound as Redis expects it: {@code [a}, {@code (a}, {@code -} or
     * {@code +}.
     * @return the argument
     */
    public String argument() {
        return this.argument;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return (other instanceof LexBound bound) && this.argument.equals(bound.argument);
    }

    @Override
    public int hashCode() {
        return this.argument.hashCode();
    }

    @Override
    public String toString() {
        return this.argument;
    }

}
