package io.unikv.spring.actuate;

import java.util.List;
import java.util.Map;

import io.unikv.RedisStore;
import io.unikv.spring.autoconfigure.UnikvAutoConfiguration;
import io.unikv.spring.autoconfigure.UnikvEmbeddedServerAutoConfiguration;
import io.unikv.spring.resilience.UnikvResilienceAutoConfiguration;
import io.unikv.testserver.UnikvTestServer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Actuator support against the embedded server with two regions: a health indicator
 * per region (read region down: DEGRADED, primary down: DOWN) and the {@code unikv}
 * endpoint.
 *
 * @author unikv authors
 */
class UnikvActuatorAutoConfigurationIntegrationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(UnikvEmbeddedServerAutoConfiguration.class,
                UnikvAutoConfiguration.class, UnikvActuatorAutoConfiguration.class))
        .withPropertyValues("unikv.embedded.regions=us-east-1,eu-west-1:150ms",
                "management.endpoints.web.exposure.include=unikv");

    @Test
    void healthPerRegion() {
        this.runner.run((context) -> {
            assertThat(health(context, "us-east-1").getStatus()).isEqualTo(Status.UP);
            Health eu = health(context, "eu-west-1");
            assertThat(eu.getStatus()).isEqualTo(Status.UP);
            assertThat(eu.getDetails()).containsEntry("primary", false)
                .containsEntry("backend", "rest")
                .containsKey("latency");
            UnikvTestServer server = context.getBean(UnikvTestServer.class);
            server.region("eu-west-1").faults().down(true);
            assertThat(health(context, "eu-west-1").getStatus()).isEqualTo(UnikvRegionHealthIndicator.DEGRADED);
            server.primary().faults().down(true);
            Health primary = health(context, "us-east-1");
            assertThat(primary.getStatus()).isEqualTo(Status.DOWN);
            assertThat((String) primary.getDetails().get("error")).contains("Kv");
        });
    }

    @Test
    void readRegionDownStatusIsConfigurable() {
        this.runner.withPropertyValues("unikv.health.read-region-down-status=DOWN").run((context) -> {
            context.getBean(UnikvTestServer.class).region("eu-west-1").faults().down(true);
            assertThat(health(context, "eu-west-1").getStatus()).isEqualTo(Status.DOWN);
        });
    }

    @Test
    void endpointDescribesTheStoreAndItsRegions() {
        this.runner.run((context) -> {
            context.getBean(RedisStore.class).set("k", "v");
            Map<String, Object> unikv = context.getBean(UnikvEndpoint.class).unikv();
            assertThat(unikv).containsEntry("backend", "rest")
                .containsEntry("profile", "redis")
                .containsEntry("consistency", "read_your_writes")
                .containsEntry("limits", "strict")
                .containsEntry("readRouting", "local");
            assertThat(unikv.get("syncToken")).isNotNull();
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> regions = (List<Map<String, Object>>) unikv.get("regions");
            assertThat(regions).hasSize(2);
            assertThat(regions.get(0)).containsEntry("name", "us-east-1")
                .containsEntry("primary", true)
                .containsKey("requests")
                .containsEntry("failovers", 0L);
            @SuppressWarnings("unchecked")
            Map<String, Object> pipeline = (Map<String, Object>) unikv.get("pipeline");
            assertThat(pipeline).containsEntry("requests", 1L).containsEntry("commands", 1L);
            @SuppressWarnings("unchecked")
            Map<String, Object> primaryPipeline = (Map<String, Object>) regions.get(0).get("pipeline");
            assertThat(primaryPipeline).containsEntry("requests", 1L);
        });
    }

    @Test
    void kvProfileShowsInTheEndpoint() {
        this.runner.withPropertyValues("unikv.profile=kv").run((context) -> {
            assertThat(context).doesNotHaveBean(RedisStore.class);
            assertThat(context.getBean(UnikvEndpoint.class).unikv()).containsEntry("profile", "kv");
        });
    }

    @Test
    void breakerStatesShowInHealthAndEndpoint() {
        this.runner.withConfiguration(AutoConfigurations.of(UnikvResilienceAutoConfiguration.class)).run((context) -> {
            assertThat(health(context, "eu-west-1").getDetails()).containsEntry("circuitBreaker", "CLOSED");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> regions = (List<Map<String, Object>>) context.getBean(UnikvEndpoint.class)
                .unikv()
                .get("regions");
            assertThat(regions).allSatisfy((region) -> assertThat(region).containsEntry("circuitBreaker", "CLOSED"));
        });
        this.runner.run(
                (context) -> assertThat(health(context, "eu-west-1").getDetails()).doesNotContainKey("circuitBreaker"));
    }

    @Test
    void disabledOrAbsent() {
        this.runner.withPropertyValues("management.health.unikv.enabled=false")
            .run((context) -> assertThat(context).doesNotHaveBean("unikvHealthContributor"));
        this.runner.withPropertyValues("management.endpoints.web.exposure.include=health")
            .run((context) -> assertThat(context).doesNotHaveBean(UnikvEndpoint.class));
        this.runner.withClassLoader(new FilteredClassLoader(HealthContributor.class, Endpoint.class))
            .run((context) -> assertThat(context).doesNotHaveBean("unikvHealthContributor")
                .doesNotHaveBean(UnikvEndpoint.class));
    }

    private static Health health(AssertableApplicationContext context, String region) {
        CompositeHealthContributor unikv = context.getBean("unikvHealthContributor", CompositeHealthContributor.class);
        return ((HealthIndicator) unikv.getContributor(region)).health();
    }

}
