package io.unikv.commands;

import java.util.ArrayList;
import java.util.List;

/**
 * Options of {@code LPOS}: which match to start from ({@code RANK}) and how many elements
 * to compare at most ({@code MAXLEN}). The number of matches ({@code COUNT}) is a
 * parameter of {@link RedisListCommands#lpos(String, Object, long, LPosOptions)} instead,
 * because it changes the reply's shape. Immutable:
 *
 * <pre class="code">
 * // the last occurrence, looking at no more than the last 1000 elements
 * store.lpos("events", "error", LPosOptions.rank(-1).withMaxLen(1000));
 * </pre>
 *
 * @param rank which match comes first: 1 the first from the head, 2 the second, -1 the
 * first from the tail, and so on; {@code 0} for the server's default (1)
 * @param maxLen how many elements to compare at most, from the end the search starts at;
 * {@code 0} for the whole list
 * @author unikv authors
 */
public record LPosOptions(long rank, long maxLen) {

    private static final LPosOptions NONE = new LPosOptions(0, 0);

    /**
     * Check the values.
     * @throws IllegalArgumentException if the rank is {@link Long#MIN_VALUE} (Redis
     * cannot negate it) or the maximum length is negative
     */
    public LPosOptions {
        if (rank == Long.MIN_VALUE) {
            throw new IllegalArgumentException("RANK is out of range: " + rank);
        }
        if (maxLen < 0) {
            throw new IllegalArgumentException("MAXLEN must not be negative: " + maxLen);
        }
    }

    /**
     * The first match from the head, comparing the whole list.
     * @return the options
     */
    public static LPosOptions none() {
        return NONE;
    }

    /**
     * Start from a given match ({@code RANK}).
     * @param rank 1 for the first match from the head, 2 for the second, -1 for the first
     * from the tail, and so on
     * @return the options
     * @throws IllegalArgumentException if the rank is 0
     */
    public static LPosOptions rank(long rank) {
        return NONE.withRank(rank);
    }

    /**
     * Compare at most a number of elements ({@code MAXLEN}).
     * @param maxLen the number of elements, {@code 0} for the whole list
     * @return the options
     * @throws IllegalArgumentException if the number is negative
     */
    public static LPosOptions maxLen(long maxLen) {
        return NONE.withMaxLen(maxLen);
    }

    /**
     * Return a copy that starts from a given match ({@code RANK}).
     * @param rank 1 for the first match from the head, -1 for the first from the tail
     * @return the new options
     * @throws IllegalArgumentException if the rank is 0
     */
    public LPosOptions withRank(long rank) {
        if (rank == 0) {
            throw new IllegalArgumentException(
                    "RANK must not be zero: use 1 for the first match, or -1 for the first from the tail");
        }
        return new LPosOptions(rank, this.maxLen);
    }

    /**
     * Return a copy that compares at most a number of elements ({@code MAXLEN}).
     * @param maxLen the number of elements, {@code 0} for the whole list
     * @return the new options
     * @throws IllegalArgumentException if the number is negative
     */
    public LPosOptions withMaxLen(long maxLen) {
        return new LPosOptions(this.rank, maxLen);
    }

    /**
     * Return the arguments these options add after {@code LPOS key element}. Defaults are
     * left out.
     * @return the arguments, for example {@code [RANK, -1, MAXLEN, 1000]}
     */
    public List<Object> arguments() {
        List<Object> args = new ArrayList<>(4);
        if (this.rank != 0) {
            args.add("RANK");
            args.add(this.rank);
        }
        if (this.maxLen > 0) {
            args.add("MAXLEN");
            args.add(this.maxLen);
        }
        return List.copyOf(args);
    }

}
