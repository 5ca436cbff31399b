package io.unikv.spring.observation;

import java.util.concurrent.CompletableFuture;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.unikv.KvConnectionException;
import io.unikv.transport.Command;
import io.unikv.transport.region.RegionalTransport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link UnikvRegionMetrics} over a regional transport of in-memory regions.
 *
 * @author unikv authors
 */
class UnikvRegionMetricsTests {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @Test
    void metersPerRegion() {
        RegionalTransport regional = RegionalTransport.builder()
            .primary("us-east-1", new FakeTransport("rest http://127.0.0.1:1"))
            .readRegion("eu-west-1", new FakeTransport("rest http://127.0.0.1:2"))
            .localRegion("eu-west-1")
            .build();
        new UnikvRegionMetrics(() -> regional).bindTo(this.registry);
        assertThat(this.registry.get("unikv.region.up").tag("unikv.region", "us-east-1").gauge().value()).isEqualTo(1);
        assertThat(this.registry.get("unikv.region.latency").tag("unikv.region", "eu-west-1").gauge().value()).isNaN();
        regional.execute(Command.read("GET", "k")).join();
        assertThat(this.registry.get("unikv.region.latency").tag("unikv.region", "eu-west-1").gauge().value())
            .isGreaterThanOrEqualTo(0);
        assertThat(
                this.registry.get("unikv.region.failures").tag("unikv.region", "eu-west-1").functionCounter().count())
            .isZero();
        assertThat(this.registry.get("unikv.region.behind").tag("unikv.region", "us-east-1").functionCounter().count())
            .isZero();
    }

    @Test
    void failoversAreCountedOnTheRegionThatWasLeft() {
        RegionalTransport regional = RegionalTransport.builder()
            .primary("us-east-1", new FakeTransport("rest http://127.0.0.1:1"))
            .readRegion("eu-west-1",
                    new FakeTransport("rest http://127.0.0.1:2").answering((request) -> CompletableFuture
                        .failedFuture(new KvConnectionException("refused", new java.net.ConnectException("refused")))))
            .localRegion("eu-west-1")
            .build();
        new UnikvRegionMetrics(() -> regional).bindTo(this.registry);
        regional.execute(Command.read("GET", "k")).join();
        assertThat(
                this.registry.get("unikv.region.failovers").tag("unikv.region", "eu-west-1").functionCounter().count())
            .isOne();
        assertThat(
                this.registry.get("unikv.region.failovers").tag("unikv.region", "us-east-1").functionCounter().count())
            .isZero();
        assertThat(this.registry.get("unikv.region.replication.lag").tag("unikv.region", "eu-west-1").gauge().value())
            .isNaN();
    }

    @Test
    void nothingForASingleRegion() {
        new UnikvRegionMetrics(() -> new FakeTransport("rest http://127.0.0.1:1")).bindTo(this.registry);
        assertThat(this.registry.getMeters()).isEmpty();
    }

}
