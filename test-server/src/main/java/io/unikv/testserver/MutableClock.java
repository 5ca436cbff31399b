package io.unikv.testserver;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A clock tests move by hand, so expiry and blocking timeouts happen when the test says,
 * not after real waiting. Pass it to {@link UnikvTestServer.Builder#clock(Clock)} and
 * move it with {@link UnikvTestServer#advanceClock(Duration)}. Thread-safe.
 *
 * @author unikv authors
 */
public final class MutableClock extends Clock {

    private final AtomicLong millis;

    private final ZoneId zone;

    /**
     * Create a clock standing at an instant.
     * @param start the initial time
     */
    public MutableClock(Instant start) {
        this(new AtomicLong(start.toEpochMilli()), ZoneOffset.UTC);
    }

    private MutableClock(AtomicLong millis, ZoneId zone) {
        this.millis = millis;
        this.zone = zone;
    }

    /**
     * Move the clock forward.
     * @param duration how far; must not be negative
     */
    public void advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("A clock only moves forward: " + duration);
        }
        this.millis.addAndGet(duration.toMillis());
    }

    @Override
    public long millis() {
        return this.millis.get();
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(millis());
    }

    @Override
    public ZoneId getZone() {
        return this.zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new MutableClock(this.millis, zone);
    }

}
