package io.unikv.transport.region;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import io.unikv.transport.Transport;

/**
 * One region inside a {@link RegionalTransport}: its transport, measured latency and
 * health. Thread-safe.
 *
 * @author unikv authors
 */
final class Region {

    private static final double WEIGHT = 0.2;

    private final String name;

    private final Transport transport;

    private final boolean primary;

    private final AtomicLong requests = new AtomicLong();

    private final AtomicLong failures = new AtomicLong();

    private final AtomicLong behind = new AtomicLong();

    private final AtomicLong failovers = new AtomicLong();

    private volatile long lag = -1;

    private volatile double latencyNanos = -1;

    private volatile long downUntilNanos;

    Region(String name, Transport transport, boolean primary) {
        this.name = name;
        this.transport = transport;
        this.primary = primary;
    }

    String name() {
        return this.name;
    }

    Transport transport() {
        return this.transport;
    }

    boolean primary() {
        return this.primary;
    }

    boolean up(long nowNanos) {
        return nowNanos - this.downUntilNanos >= 0;
    }

    /** Latency for ordering: unmeasured regions first, so each gets measured. */
    double latency() {
        return this.latencyNanos;
    }

    void sent() {
        this.requests.incrementAndGet();
    }

    void succeeded(long elapsedNanos) {
        double previous = this.latencyNanos;
        this.latencyNanos = (previous < 0) ? elapsedNanos : previous + WEIGHT * (elapsedNanos - previous);
        this.downUntilNanos = 0;
    }

    void failed(long nowNanos, Duration rest) {
        this.failures.incrementAndGet();
        this.downUntilNanos = nowNanos + rest.toNanos();
    }

    /**
     * Record a replica's replication offset seen before a read with a sync token.
     * @param applied the offset the replica has applied
     * @param wanted the offset the read's token names
     * @return whether the replica was behind the token
     */
    boolean observed(long applied, long wanted) {
        this.lag = Math.max(0, wanted - applied);
        if (applied < wanted) {
            this.behind.incrementAndGet();
            return true;
        }
        return false;
    }

    /**
     * Record how far behind the primary the region was at its last read.
     * @param bytes the replication bytes it was behind
     */
    void lagSeen(long bytes) {
        this.lag = Math.max(0, bytes);
    }

    void failedOver() {
        this.failovers.incrementAndGet();
    }

    RegionStatus status(long nowNanos) {
        double latency = this.latencyNanos;
        return new RegionStatus(this.name, this.primary, up(nowNanos),
                (latency < 0) ? null : Duration.ofNanos((long) latency), this.requests.get(), this.failures.get(),
                this.behind.get(), this.failovers.get(), this.lag);
    }

}
