package io.unikv.commands;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Options of {@code XREAD} and {@code XREADGROUP}: {@code COUNT}, {@code BLOCK} (wait up
 * to a timeout for new entries; zero waits forever; not available over the Upstash REST
 * protocol, which refuses blocking commands) and, for XREADGROUP, {@code NOACK}.
 * Immutable; each method returns a new instance.
 *
 * @author unikv authors
 */
public final class XReadOptions {

    private static final XReadOptions NONE = new XReadOptions(0, -1, false);

    private final long count;

    private final long blockMillis;

    private final boolean noAck;

    private XReadOptions(long count, long blockMillis, boolean noAck) {
        this.count = count;
        this.blockMillis = blockMillis;
        this.noAck = noAck;
    }

    /**
     * Every available entry, without blocking.
     * @return the options
     */
    public static XReadOptions none() {
        return NONE;
    }

    /**
     * Return at most a number of entries per stream.
     * @param count the count, positive
     * @return the options
     * @throws IllegalArgumentException if the count is not positive
     */
    public XReadOptions count(long count) {
        if (count <= 0) {
            throw new IllegalArgumentException("COUNT must be positive: " + count);
        }
        return new XReadOptions(count, this.blockMillis, this.noAck);
    }

    /**
     * Wait for entries when none is available yet.
     * @param timeout how long, in whole milliseconds; zero waits forever
     * @return the options
     * @throws IllegalArgumentException if the timeout is negative
     */
    public XReadOptions block(Duration timeout) {
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("BLOCK must not be negative: " + timeout);
        }
        return new XReadOptions(this.count, timeout.toMillis(), this.noAck);
    }

    /**
     * Do not add delivered entries to the group's pending list ({@code NOACK}, XREADGROUP
     * only).
     * @return the options
     */
    public XReadOptions noAck() {
        return new XReadOptions(this.count, this.blockMillis, true);
    }

    /**
     * Return the arguments before {@code STREAMS}, as the command takes them.
     * @return the arguments
     */
    public List<Object> arguments() {
        List<Object> args = new ArrayList<>();
        if (this.count > 0) {
            args.add("COUNT");
            args.add(this.count);
        }
        if (this.blockMillis >= 0) {
            args.add("BLOCK");
            args.add(this.blockMillis);
        }
        if (this.noAck) {
            args.add("NOACK");
        }
        return args;
    }

}
