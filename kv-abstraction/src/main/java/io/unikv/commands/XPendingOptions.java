package io.unikv.commands;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The range of the extended form of {@code XPENDING}: IDs from start to end (inclusive;
 * {@code -} and {@code +} for the ends of the stream, {@code (} for exclusive), at most a
 * count, optionally of one consumer and idle for at least a minimum time. Immutable.
 *
 * @author unikv authors
 */
public final class XPendingOptions {

    private final String start;

    private final String end;

    private final long count;

    private final @Nullable String consumer;

    private final long minIdleMillis;

    private XPendingOptions(String start, String end, long count, @Nullable String consumer, long minIdleMillis) {
        this.start = start;
        this.end = end;
        this.count = count;
        this.consumer = consumer;
        this.minIdleMillis = minIdleMillis;
    }

    /**
     * Pending entries between two IDs.
     * @param start the first ID
     * @param end the last ID
     * @param count the most entries to return
     * @return the options
     */
    public static XPendingOptions range(String start, String end, long count) {
        return new XPendingOptions(start, end, count, null, 0);
    }

    /**
     * Pending entries of the whole stream, up to a count.
     * @param count the most entries to return
     * @return the options
     */
    public static XPendingOptions first(long count) {
        return range("-", "+", count);
    }

    /**
     * Only entries delivered to one consumer.
     * @param consumer the consumer
     * @return the options
     */
    public XPendingOptions consumer(String consumer) {
        return new XPendingOptions(this.start, this.end, this.count, consumer, this.minIdleMillis);
    }

    /**
     * Only entries idle for at least a time ({@code IDLE}).
     * @param minIdle the minimum idle time, in whole milliseconds
     * @return the options
     */
    public XPendingOptions minIdle(Duration minIdle) {
        return new XPendingOptions(this.start, this.end, this.count, this.consumer, minIdle.toMillis());
    }

    /**
     * Return the arguments after the group, as the command takes them.
     * @return the arguments
     */
    public List<Object> arguments() {
        List<Object> args = new ArrayList<>();
        if (this.minIdleMillis > 0) {
            args.add("IDLE");
            args.add(this.minIdleMillis);
        }
        args.add(this.start);
        args.add(this.end);
        args.add(this.count);
        if (this.consumer != null) {
            args.add(this.consumer);
        }
        return args;
    }

}
