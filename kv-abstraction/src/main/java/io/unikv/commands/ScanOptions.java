package io.unikv.commands;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Options of the {@code SCAN} family: a glob {@code MATCH} pattern, a {@code COUNT} hint
 * and, for {@code SCAN} only, a {@code TYPE} filter. Immutable.
 *
 * @param match the glob pattern, or {@code null} for all
 * @param count the work hint per call, or {@code 0} for the server's default (10)
 * @param type the Redis type name ({@code string}, {@code hash}, ...), or {@code null}
 * for all; only {@code SCAN} accepts it
 * @author unikv authors
 */
public record ScanOptions(@Nullable String match, long count, @Nullable String type) {

    private static final ScanOptions NONE = new ScanOptions(null, 0, null);

    /**
     * Check the count.
     * @throws IllegalArgumentException if the count is negative
     */
    public ScanOptions {
        if (count < 0) {
            throw new IllegalArgumentException("COUNT must not be negative: " + count);
        }
    }

    /**
     * No pattern, default count, all types.
     * @return the options
     */
    public static ScanOptions none() {
        return NONE;
    }

    /**
     * Only items matching a glob pattern.
     * @param pattern the pattern, for example {@code user:*}
     * @return the options
     */
    public static ScanOptions match(String pattern) {
        return new ScanOptions(pattern, 0, null);
    }

    /**
     * Return a copy with a {@code COUNT} hint.
     * @param count how much work one call should do; must be positive
     * @return the new options
     */
    public ScanOptions withCount(long count) {
        if (count < 1) {
            throw new IllegalArgumentException("COUNT must be positive: " + count);
        }
        return new ScanOptions(this.match, count, this.type);
    }

    /**
     * Return a copy that only returns keys of a type.
     * @param type the Redis type name
     * @return the new options
     */
    public ScanOptions withType(String type) {
        return new ScanOptions(this.match, this.count, type);
    }

    /**
     * Return the arguments these options add after the cursor.
     * @return the arguments
     */
    public List<Object> arguments() {
        List<Object> args = new ArrayList<>(6);
        if (this.match != null) {
            args.add("MATCH");
            args.add(this.match);
        }
        if (this.count > 0) {
            args.add("COUNT");
            args.add(this.count);
        }
        if (this.type != null) {
            args.add("TYPE");
            args.add(this.type);
        }
        return List.copyOf(args);
    }

}
