package io.unikv.commands;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Options of {@code SET}: an expiry ({@code EX}, {@code PX}, {@code EXAT}, {@code PXAT}
 * or {@code KEEPTTL}) and a condition ({@code NX} or {@code XX}). Immutable; each method
 * returns a new instance, so options read like the command:
 *
 * <pre class="code">
 * store.set("lock", token, SetOptions.ex(Duration.ofSeconds(30)).nx());
 * </pre>
 *
 * @author unikv authors
 */
public final class SetOptions {

    private static final SetOptions NONE = new SetOptions(null, 0, null);

    private final @Nullable String expiry;

    private final long expiryValue;

    private final @Nullable String condition;

    private SetOptions(@Nullable String expiry, long expiryValue, @Nullable String condition) {
        this.expiry = expiry;
        this.expiryValue = expiryValue;
        this.condition = condition;
    }

    /**
     * No expiry (any existing TTL is cleared, as plain {@code SET} does) and no
     * condition.
     * @return the options
     */
    public static SetOptions none() {
        return NONE;
    }

    /**
     * Expire after a number of whole seconds ({@code EX}). Sub-second parts are refused,
     * use {@link #px(Duration)} for them.
     * @param ttl the time to live, at least one second
     * @return the options
     * @throws IllegalArgumentException if the TTL is not a positive whole number of
     * seconds
     */
    public static SetOptions ex(Duration ttl) {
        if (ttl.getNano() != 0) {
            throw new IllegalArgumentException("EX takes whole seconds; use px() for " + ttl);
        }
        return NONE.withExpiry("EX", positive(ttl.getSeconds()));
    }

    /**
     * Expire after a number of milliseconds ({@code PX}).
     * @param ttl the time to live, at least one millisecond
     * @return the options
     * @throws IllegalArgumentException if the TTL is less than one millisecond
     */
    public static SetOptions px(Duration ttl) {
        return NONE.withExpiry("PX", positive(ttl.toMillis()));
    }

    /**
     * Expire at an absolute time, to the second ({@code EXAT}).
     * @param at when the key expires; must be after the epoch
     * @return the options
     */
    public static SetOptions exAt(Instant at) {
        return NONE.withExpiry("EXAT", positive(at.getEpochSecond()));
    }

    /**
     * Expire at an absolute time, to the millisecond ({@code PXAT}).
     * @param at when the key expires; must be after the epoch
     * @return the options
     */
    public static SetOptions pxAt(Instant at) {
        return NONE.withExpiry("PXAT", positive(at.toEpochMilli()));
    }

    /**
     * Keep the key's current TTL ({@code KEEPTTL}).
     * @return the options
     */
    public static SetOptions keepTtl() {
        return NONE.withExpiry("KEEPTTL", 0);
    }

    /**
     * Set only if the key does not exist ({@code NX}).
     * @return the new options
     */
    public SetOptions nx() {
        return new SetOptions(this.expiry, this.expiryValue, "NX");
    }

    /**
     * Set only if the key exists ({@code XX}).
     * @return the new options
     */
    public SetOptions xx() {
        return new SetOptions(this.expiry, this.expiryValue, "XX");
    }

    /**
     * Return the arguments these options add after {@code SET key value}.
     * @return the arguments, for example {@code [EX, 30, NX]}
     */
    public List<Object> arguments() {
        List<Object> args = new ArrayList<>(3);
        if (this.expiry != null) {
            args.add(this.expiry);
            if (!"KEEPTTL".equals(this.expiry)) {
                args.add(this.expiryValue);
            }
        }
        if (this.condition != null) {
            args.add(this.condition);
        }
        return List.copyOf(args);
    }

    @Override
    public String toString() {
        return "SetOptions" + arguments();
    }

    private SetOptions withExpiry(String kind, long value) {
        return new SetOptions(kind, value, this.condition);
    }

    static long positive(long value) {
        if (value <= 0) {
            throw new IllegalArgumentException("invalid expire time, must be positive: " + value);
        }
        return value;
    }

}
