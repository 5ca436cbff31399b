package io.unikv.commands;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Options of {@code XCLAIM}: the delivery time to record ({@code IDLE} or {@code TIME};
 * now by default), the delivery count ({@code RETRYCOUNT}; incremented by default),
 * {@code FORCE} (claim entries not pending yet) and {@code LASTID}. Immutable.
 *
 * @author unikv authors
 */
public final class XClaimOptions {

    private static final XClaimOptions NONE = new XClaimOptions(List.of());

    private final List<Object> arguments;

    private XClaimOptions(List<Object> arguments) {
        this.arguments = arguments;
    }

    /**
     * Record the delivery now and count it.
     * @return the options
     */
    public static XClaimOptions none() {
        return NONE;
    }

    /**
     * Record the delivery as that long ago ({@code IDLE}).
     * @param idle the idle time, in whole milliseconds
     * @return the options
     */
    public XClaimOptions idle(Duration idle) {
        return with("IDLE", idle.toMillis());
    }

    /**
     * Record the delivery at a time ({@code TIME}).
     * @param time the time, in whole milliseconds
     * @return the options
     */
    public XClaimOptions time(Instant time) {
        return with("TIME", time.toEpochMilli());
    }

    /**
     * Set the delivery count ({@code RETRYCOUNT}).
     * @param count the count
     * @return the options
     */
    public XClaimOptions retryCount(long count) {
        return with("RETRYCOUNT", count);
    }

    /**
     * Claim entries even if they are not pending ({@code FORCE}), provided they exist.
     * @return the options
     */
    public XClaimOptions force() {
        return with("FORCE");
    }

    /**
     * Move the group's last delivered ID forward to at least this ID ({@code LASTID}).
     * @param id the ID
     * @return the options
     */
    public XClaimOptions lastId(String id) {
        return with("LASTID", id);
    }

    /**
     * Return the arguments after the IDs, as the command takes them.
     * @return the arguments
     */
    public List<Object> arguments() {
        return this.arguments;
    }

    private XClaimOptions with(Object... more) {
        List<Object> args = new ArrayList<>(this.arguments);
        args.addAll(List.of(more));
        return new XClaimOptions(List.copyOf(args));
    }

}
