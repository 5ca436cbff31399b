package io.unikv.spring.observation;

import java.time.Duration;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.unikv.transport.Transport;
import io.unikv.transport.region.RegionStatus;
import io.unikv.transport.region.RegionalTransport;
import org.jspecify.annotations.Nullable;

/**
 * Meters of each region of a {@link RegionalTransport}, tagged {@code unikv.region}:
 * gauges {@code unikv.region.latency} (seconds, weighted average of recent requests; NaN
 * before the first) and {@code unikv.region.up} (1 in use, 0 resting after a failure),
 * function counters {@code unikv.region.failures} (requests that failed for the region
 * being unreachable) and {@code unikv.region.behind} (replica reads repeated on the
 * primary because the replica had not caught up with the read's sync token: the
 * sync-token waits), {@code unikv.region.failovers} (reads that went on to another region
 * because this one was unreachable), and gauge {@code unikv.region.replication.lag}
 * (bytes of replication stream the region was behind at its last read; NaN where never
 * measured). Binds nothing when the transport is not regional. Thread-safe.
 *
 * @author unikv authors
 */
public final class UnikvRegionMetrics implements MeterBinder {

    private final Supplier<@Nullable Transport> transport;

    /**
     * Create the binder.
     * @param transport supplies the store's transport when the registry is bound (late,
     * so that the transport need not exist when the binder is created)
     */
    public UnikvRegionMetrics(Supplier<@Nullable Transport> transport) {
        this.transport = transport;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        if (!(this.transport.get() instanceof RegionalTransport regional)) {
            return;
        }
        for (RegionStatus status : regional.regions()) {
            String name = status.name();
            Gauge.builder("unikv.region.latency", regional, value(name, UnikvRegionMetrics::latencySeconds))
                .tag("unikv.region", name)
                .baseUnit("seconds")
                .description("Weighted average latency of recent requests to the region")
                .register(registry);
            Gauge.builder("unikv.region.up", regional, value(name, (region) -> region.up() ? 1 : 0))
                .tag("unikv.region", name)
                .description("Whether the region is in use (1) or resting after a failure (0)")
                .register(registry);
            FunctionCounter.builder("unikv.region.failures", regional, value(name, RegionStatus::failures))
                .tag("unikv.region", name)
                .description("Requests that failed because the region was unreachable")
                .register(registry);
            FunctionCounter.builder("unikv.region.behind", regional, value(name, RegionStatus::behind))
                .tag("unikv.region", name)
                .description("Replica reads repeated on the primary because the replica was behind the sync token")
                .register(registry);
            FunctionCounter.builder("unikv.region.failovers", regional, value(name, RegionStatus::failovers))
                .tag("unikv.region", name)
                .description("Reads that went on to another region because this one was unreachable")
                .register(registry);
            Gauge
                .builder("unikv.region.replication.lag", regional,
                        value(name, (region) -> (region.lag() < 0) ? Double.NaN : region.lag()))
                .tag("unikv.region", name)
                .baseUnit("bytes")
                .description("Replication bytes the region was behind at its last read")
                .register(registry);
        }
    }

    private static ToDoubleFunction<RegionalTransport> value(String name, ToDoubleFunction<RegionStatus> value) {
        return (regional) -> {
            for (RegionStatus status : regional.regions()) {
                if (status.name().equals(name)) {
                    return value.applyAsDouble(status);
                }
            }
            return Double.NaN;
        };
    }

    private static double latencySeconds(RegionStatus status) {
        Duration latency = status.latency();
        return (latency != null) ? latency.toNanos() / 1e9 : Double.NaN;
    }

}
