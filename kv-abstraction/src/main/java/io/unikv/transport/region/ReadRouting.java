package io.unikv.transport.region;

/**
 * Where a {@link RegionalTransport} sends reads (writes always go to the primary).
 *
 * @author unikv authors
 */
public enum ReadRouting {

    /**
     * The local region first (the default when a local region is configured), then the
     * other read regions by measured latency, then the primary.
     */
    LOCAL,

    /**
     * The read region with the lowest measured latency (an exponentially weighted average
     * of recent reads; regions not yet measured are tried first), then the primary.
     */
    NEAREST,

    /** Every read to the primary. */
    PRIMARY

}
