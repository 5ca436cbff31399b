package io.unikv.commands;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Options of {@code ZADD}: a condition on the member's existence ({@code NX} or
 * {@code XX}), a condition on its current score ({@code GT} or {@code LT}), and whether
 * the reply counts changed members too ({@code CH}). {@code INCR} is not an option here:
 * it changes the reply, so it has its own method,
 * {@link RedisSortedSetCommands#zaddIncr(String, double, Object, ZAddOptions)}.
 * Immutable; each method returns a new instance:
 *
 * <pre class="code">
 * store.zadd("best", 42.0, "ada", ZAddOptions.none().gt().ch());
 * </pre>
 *
 * Combinations Redis refuses are refused here, with Redis's wording: {@code NX} with
 * {@code XX}, and {@code NX} with {@code GT} or {@code LT}, and {@code GT} with
 * {@code LT}.
 *
 * @author unikv authors
 */
public final class ZAddOptions {

    private static final ZAddOptions NONE = new ZAddOptions(null, null, false);

    private final @Nullable String existence;

    private final @Nullable String comparison;

    private final boolean changed;

    private ZAddOptions(@Nullable String existence, @Nullable String comparison, boolean changed) {
        this.existence = existence;
        this.comparison = comparison;
        this.changed = changed;
    }

    /**
     * No condition; the reply counts added members only.
     * @return the options
     */
    public static ZAddOptions none() {
        return NONE;
    }

    /**
     * Only add new members, never update existing ones ({@code NX}).
     * @return the new options
     * @throws IllegalArgumentException if {@code XX}, {@code GT} or {@code LT} is set
     */
    public ZAddOptions nx() {
        if ("XX".equals(this.existence)) {
            throw new IllegalArgumentException("XX and NX options at the same time are not compatible");
        }
        if (this.comparison != null) {
            throw new IllegalArgumentException("GT, LT, and/or NX options at the same time are not compatible");
        }
        return new ZAddOptions("NX", null, this.changed);
    }

    /**
     * Only update existing members, never add new ones ({@code XX}).
     * @return the new options
     * @throws IllegalArgumentException if {@code NX} is set
     */
    public ZAddOptions xx() {
        if ("NX".equals(this.existence)) {
            throw new IllegalArgumentException("XX and NX options at the same time are not compatible");
        }
        return new ZAddOptions("XX", this.comparison, this.changed);
    }

    /**
     * Only update an existing member if the new score is greater than its current one
     * ({@code GT}); new members are still added unless {@link #xx()} is set too.
     * @return the new options
     * @throws IllegalArgumentException if {@code NX} or {@code LT} is set
     */
    public ZAddOptions gt() {
        return withComparison("GT");
    }

    /**
     * Only update an existing member if the new score is less than its current one
     * ({@code LT}); new members are still added unless {@link #xx()} is set too.
     * @return the new options
     * @throws IllegalArgumentException if {@code NX} or {@code GT} is set
     */
    public ZAddOptions lt() {
        return withComparison("LT");
    }

    /**
     * Count members whose score changed as well as members added ({@code CH}).
     * @return the new options
     */
    public ZAddOptions ch() {
        return new ZAddOptions(this.existence, this.comparison, true);
    }

    /**
     * Return the arguments these options add after {@code ZADD key}, in the order Redis
     * documents.
     * @return the arguments, for example {@code [XX, GT, CH]}
     */
    public List<Object> arguments() {
        List<Object> args = new ArrayList<>(3);
        if (this.existence != null) {
            args.add(this.existence);
        }
        if (this.comparison != null) {
            args.add(this.comparison);
        }
        if (this.changed) {
            args.add("CH");
        }
        return List.copyOf(args);
    }

    @Override
    public String toString() {
        return "ZAddOptions" + arguments();
    }

    private ZAddOptions withComparison(String comparison) {
        if ("NX".equals(this.existence)) {
            throw new IllegalArgumentException("GT, LT, and/or NX options at the same time are not compatible");
        }
        if (this.comparison != null && !this.comparison.equals(comparison)) {
            throw new IllegalArgumentException("GT, LT, and/or NX options at the same time are not compatible");
        }
        return new ZAddOptions(this.existence, comparison, this.changed);
    }

}
