package io.unikv.spring.observation;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.unikv.KvServerException;
import io.unikv.RedisStore;
import io.unikv.spring.autoconfigure.UnikvAutoConfiguration;
import io.unikv.spring.autoconfigure.UnikvEmbeddedServerAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Spring Boot's observation and metrics auto-configuration with the embedded server: one
 * store call gives a {@code db.client.operation.duration} timer in the application's
 * meter registry, shaped by Boot's distribution properties.
 *
 * @author unikv authors
 */
class UnikvObservationIntegrationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(ObservationAutoConfiguration.class, MetricsAutoConfiguration.class,
                SimpleMetricsExportAutoConfiguration.class, CompositeMeterRegistryAutoConfiguration.class,
                UnikvEmbeddedServerAutoConfiguration.class, UnikvAutoConfiguration.class,
                UnikvObservationAutoConfiguration.class));

    @Test
    void storeCallGivesATimer() {
        this.runner
            .withPropertyValues(
                    "management.metrics.distribution.slo.db.client.operation.duration=5ms,10ms,50ms,100ms,500ms,1s,5s")
            .run((context) -> {
                context.getBean(RedisStore.class).set("k", "v");
                Timer timer = context.getBean(MeterRegistry.class)
                    .get("db.client.operation.duration")
                    .tags("db.system.name", "redis", "db.operation.name", "SET", "unikv.backend", "rest",
                            "unikv.region", "local", "error.type", "none")
                    .timer();
                assertThat(timer.count()).isEqualTo(1);
                assertThat(timer.takeSnapshot().histogramCounts()).hasSize(7);
            });
    }

    @Test
    void regionGaugesWithSeveralRegions() {
        this.runner.withPropertyValues("unikv.embedded.regions=us-east-1,eu-west-1:10ms").run((context) -> {
            context.getBean(RedisStore.class).set("k", "v");
            MeterRegistry registry = context.getBean(MeterRegistry.class);
            assertThat(registry.get("unikv.region.up").tag("unikv.region", "eu-west-1").gauge().value()).isEqualTo(1);
            assertThat(registry.get("db.client.operation.duration").tag("unikv.region", "us-east-1").timer().count())
                .isEqualTo(1);
        });
    }

    @Test
    void unikvHandlerRecordsUnikvObservationsAndBootsHandlerTheRest() {
        this.runner.run((context) -> {
            RedisStore store = context.getBean(RedisStore.class);
            store.set("k", "v");
            store.set("k", "w");
            assertThatExceptionOfType(KvServerException.class).isThrownBy(() -> store.lpush("k", "x"));
            MeterRegistry registry = context.getBean(MeterRegistry.class);
            // the same meters as Micrometer's default handler: timer with an error tag,
            // long-task timer
            assertThat(registry.get("db.client.operation.duration")
                .tags("db.operation.name", "SET", "error", "none")
                .timer()
                .count()).isEqualTo(2);
            assertThat(registry.get("db.client.operation.duration")
                .tags("db.operation.name", "LPUSH", "error", "KvServerException", "error.type", "WRONGTYPE")
                .timer()
                .count()).isEqualTo(1);
            assertThat(registry.get("db.client.operation.duration.active")
                .tags("db.operation.name", "SET")
                .longTaskTimer()
                .activeTasks()).isZero();
            ObservationRegistry observations = context.getBean(ObservationRegistry.class);
            Observation.createNotStarted("other.work", observations).observe(() -> {
            });
            assertThat(registry.get("other.work").timer().count()).isEqualTo(1);
        });
    }

    @Test
    void ignoredLongTaskTimersAreIgnoredForUnikvToo() {
        this.runner.withPropertyValues("management.metrics.observations.ignored-meters=long-task-timer")
            .run((context) -> {
                context.getBean(RedisStore.class).set("k", "v");
                MeterRegistry registry = context.getBean(MeterRegistry.class);
                assertThat(registry.get("db.client.operation.duration").timer().count()).isEqualTo(1);
                assertThat(registry.find("db.client.operation.duration.active").longTaskTimer()).isNull();
            });
    }

}
