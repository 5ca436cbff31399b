package io.unikv.commands;

import java.util.ArrayList;
import java.util.List;

/**
 * How {@code XTRIM} (or {@code XADD}) trims a stream: to a maximum length
 * ({@code MAXLEN}) or to a minimum ID ({@code MINID}), exactly or approximately
 * ({@code ~}: Redis then removes whole internal nodes only, so it may keep more entries,
 * in exchange for speed), with an optional {@code LIMIT} on the entries removed
 * (approximate trimming only). Immutable.
 *
 * @author unikv authors
 */
public final class StreamTrimOptions {

    private final String strategy;

    private final String threshold;

    private final boolean approximate;

    private final long limit;

    private StreamTrimOptions(String strategy, String threshold, boolean approximate, long limit) {
        this.strategy = strategy;
        this.threshold = threshold;
        this.approximate = approximate;
        this.limit = limit;
    }

    /**
     * Keep at most a number of entries ({@code MAXLEN}).
     * @param length the length to keep, not negative
     * @return the options
     * @throws IllegalArgumentException if the length is negative
     */
    public static StreamTrimOptions maxLen(long length) {
        if (length < 0) {
            throw new IllegalArgumentException("MAXLEN must not be negative: " + length);
        }
        return new StreamTrimOptions("MAXLEN", Long.toString(length), false, -1);
    }

    /**
     * Remove entries with IDs below a minimum ({@code MINID}).
     * @param id the smallest ID to keep
     * @return the options
     */
    public static StreamTrimOptions minId(String id) {
        return new StreamTrimOptions("MINID", id, false, -1);
    }

    /**
     * Trim approximately ({@code ~}).
     * @return the options
     */
    public StreamTrimOptions approximate() {
        return new StreamTrimOptions(this.strategy, this.threshold, true, this.limit);
    }

    /**
     * Remove at most a number of entries ({@code LIMIT}, with {@link #approximate()}
     * only: Redis refuses it with exact trimming).
     * @param count the limit, not negative; 0 for none
     * @return the options
     * @throws IllegalArgumentException if the limit is negative
     */
    public StreamTrimOptions limit(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("LIMIT must not be negative: " + count);
        }
        return new StreamTrimOptions(this.strategy, this.threshold, this.approximate, count);
    }

    /**
     * Return the arguments as the command takes them.
     * @return the arguments
     */
    public List<Object> arguments() {
        List<Object> args = new ArrayList<>();
        args.add(this.strategy);
        if (this.approximate) {
            args.add("~");
        }
        args.add(this.threshold);
        if (this.limit >= 0) {
            args.add("LIMIT");
            args.add(this.limit);
        }
        return args;
    }

}
