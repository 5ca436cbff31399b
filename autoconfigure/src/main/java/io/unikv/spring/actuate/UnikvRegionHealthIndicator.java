package io.unikv.spring.actuate;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.unikv.spring.autoconfigure.UnikvRegion;
import io.unikv.transport.Command;
import io.unikv.transport.Reply;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * The health of one region: a {@code PING} through the region's transport, the same
 * (observed, guarded) path the store uses. {@code UP} with the round-trip latency when
 * the region answers. When it does not: {@code DOWN} for the primary, and for a read
 * region the configured status, {@code DEGRADED} by default, which Spring Boot's default
 * status order does not count against the application, since reads fail over to other
 * regions.
 *
 * @author unikv authors
 */
public class UnikvRegionHealthIndicator implements HealthIndicator {

    /** The status of a read region that does not answer (by default). */
    public static final Status DEGRADED = new Status("DEGRADED", "Read region unavailable; reads fail over");

    private final UnikvRegion region;

    private final Status readRegionDown;

    private final Duration timeout;

    private final UnikvBreakerStates breakers;

    /**
     * Create an indicator.
     * @param region the region
     * @param readRegionDown the status of a read region that does not answer
     * @param timeout the longest the check waits for {@code PONG}
     * @param breakers the breaker states, shown as the {@code circuitBreaker} detail
     */
    public UnikvRegionHealthIndicator(UnikvRegion region, Status readRegionDown, Duration timeout,
            UnikvBreakerStates breakers) {
        this.region = region;
        this.readRegionDown = readRegionDown;
        this.timeout = timeout;
        this.breakers = breakers;
    }

    @Override
    public Health health() {
        Health.Builder health = new Health.Builder().withDetail("primary", this.region.primary())
            .withDetail("backend", this.region.backend().name().toLowerCase(Locale.ROOT))
            .withDetail("transport", this.region.transport().description());
        String breaker = this.breakers.state(this.region.name());
        if (breaker != null) {
            health.withDetail("circuitBreaker", breaker);
        }
        long start = System.nanoTime();
        try {
            Reply reply = this.region.transport()
                .execute(Command.read("PING"))
                .get(this.timeout.toMillis(), TimeUnit.MILLISECONDS);
            reply.throwIfError();
            return health.up().withDetail("latency", Duration.ofNanos(System.nanoTime() - start).toString()).build();
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return down(health, ex);
        }
        catch (ExecutionException ex) {
            Throwable cause = ex.getCause();
            while (cause instanceof CompletionException && cause.getCause() != null) {
                cause = cause.getCause();
            }
            return down(health, (cause != null) ? cause : ex);
        }
        catch (TimeoutException ex) {
            return down(health.withDetail("timeout", this.timeout.toString()), ex);
        }
        catch (RuntimeException ex) {
            return down(health, ex);
        }
    }

    private Health down(Health.Builder health, Throwable failure) {
        return health.status(this.region.primary() ? Status.DOWN : this.readRegionDown)
            .withDetail("error", failure.getClass().getSimpleName() + ": " + failure.getMessage())
            .build();
    }

}
