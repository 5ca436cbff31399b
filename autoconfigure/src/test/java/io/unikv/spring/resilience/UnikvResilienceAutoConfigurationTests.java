package io.unikv.spring.resilience;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.springboot.circuitbreaker.autoconfigure.CircuitBreakerAutoConfiguration;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.unikv.spring.autoconfigure.UnikvAutoConfiguration;
import io.unikv.spring.autoconfigure.UnikvConnectionDetails;
import io.unikv.spring.autoconfigure.UnikvRegion;
import io.unikv.spring.autoconfigure.UnikvRegions;
import io.unikv.spring.autoconfigure.UnikvTransportDecorator;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Context-runner tests of {@link UnikvResilienceAutoConfiguration}: two REST regions that
 * are never contacted (transports connect lazily), so no sockets are opened.
 *
 * @author unikv authors
 */
class UnikvResilienceAutoConfigurationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(UnikvResilienceAutoConfiguration.class, UnikvAutoConfiguration.class))
        .withUserConfiguration(TwoRegions.class);

    @Test
    void guardsEveryRegionWithABreakerFromTheUnikvProperties() {
        this.runner
            .withPropertyValues("unikv.circuit-breaker.failure-rate-threshold=25",
                    "unikv.circuit-breaker.sliding-window-size=8", "unikv.circuit-breaker.minimum-number-of-calls=4",
                    "unikv.circuit-breaker.wait-duration-in-open-state=3s",
                    "unikv.circuit-breaker.permitted-number-of-calls-in-half-open-state=2")
            .run((context) -> {
                assertThat(context).hasSingleBean(CircuitBreakerRegistry.class)
                    .hasSingleBean(UnikvTransportDecorator.class);
                List<UnikvRegion> regions = context.getBean(UnikvRegions.class).regions();
                assertThat(regions).extracting(UnikvRegion::transport)
                    .allSatisfy((transport) -> assertThat(transport).isInstanceOf(CircuitBreakerTransport.class));
                CircuitBreaker breaker = breaker(context.getBean(UnikvRegions.class), 1);
                assertThat(breaker.getName()).isEqualTo("unikv-eu-west-1");
                assertThat(context.getBean(CircuitBreakerRegistry.class).find("unikv-us-east-1")).isPresent();
                CircuitBreakerConfig config = breaker.getCircuitBreakerConfig();
                assertThat(config.getFailureRateThreshold()).isEqualTo(25);
                assertThat(config.getSlidingWindowSize()).isEqualTo(8);
                assertThat(config.getMinimumNumberOfCalls()).isEqualTo(4);
                assertThat(config.getWaitIntervalFunctionInOpenState().apply(1)).isEqualTo(3000);
                assertThat(config.getPermittedNumberOfCallsInHalfOpenState()).isEqualTo(2);
            });
    }

    @Test
    void backsOffWithoutResilience4j() {
        this.runner.withClassLoader(new FilteredClassLoader(CircuitBreaker.class)).run((context) -> {
            assertThat(context).hasNotFailed()
                .doesNotHaveBean(UnikvTransportDecorator.class)
                .doesNotHaveBean(UnikvCircuitBreakerProperties.class);
            assertThat(context.getBean(UnikvRegions.class).regions()).extracting(UnikvRegion::transport)
                .noneMatch(CircuitBreakerTransport.class::isInstance);
        });
    }

    @Test
    void canBeDisabled() {
        this.runner.withPropertyValues("unikv.circuit-breaker.enabled=false").run((context) -> {
            assertThat(context).doesNotHaveBean(UnikvTransportDecorator.class)
                .doesNotHaveBean(CircuitBreakerRegistry.class);
            assertThat(context.getBean(UnikvRegions.class).primary().transport())
                .isNotInstanceOf(CircuitBreakerTransport.class);
        });
    }

    @Test
    void usesTheApplicationsRegistryAndItsConfigurationsForUnikvNames() {
        this.runner.withUserConfiguration(UserRegistry.class).run((context) -> {
            CircuitBreakerRegistry registry = context.getBean(CircuitBreakerRegistry.class);
            assertThat(registry).isSameAs(UserRegistry.REGISTRY);
            UnikvRegions regions = context.getBean(UnikvRegions.class);
            assertThat(breaker(regions, 0)).isSameAs(UserRegistry.PRIMARY);
            assertThat(breaker(regions, 1).getCircuitBreakerConfig().getFailureRateThreshold()).isEqualTo(5);
            assertThat(registry.find("unikv-eu-west-1")).containsSame(breaker(regions, 1));
        });
    }

    @Test
    void resilience4jInstancePropertiesWinOverTheUnikvDefaults() {
        this.runner.withConfiguration(AutoConfigurations.of(CircuitBreakerAutoConfiguration.class))
            .withPropertyValues("unikv.circuit-breaker.failure-rate-threshold=30",
                    "resilience4j.circuitbreaker.instances.unikv-eu-west-1.failure-rate-threshold=70")
            .run((context) -> {
                assertThat(context).hasSingleBean(CircuitBreakerRegistry.class)
                    .doesNotHaveBean(TaggedCircuitBreakerMetrics.class);
                UnikvRegions regions = context.getBean(UnikvRegions.class);
                assertThat(breaker(regions, 0).getCircuitBreakerConfig().getFailureRateThreshold()).isEqualTo(30);
                assertThat(breaker(regions, 1).getCircuitBreakerConfig().getFailureRateThreshold()).isEqualTo(70);
            });
    }

    @Test
    void bindsMetricsOfItsOwnRegistryWithoutResilience4jSpringBootSupport() {
        this.runner.withClassLoader(new FilteredClassLoader("io.github.resilience4j.springboot")).run((context) -> {
            SimpleMeterRegistry meters = new SimpleMeterRegistry();
            context.getBean(TaggedCircuitBreakerMetrics.class).bindTo(meters);
            assertThat(meters.find("resilience4j.circuitbreaker.state").tag("name", "unikv-eu-west-1").gauges())
                .isNotEmpty();
        });
    }

    private static CircuitBreaker breaker(UnikvRegions regions, int index) {
        return ((CircuitBreakerTransport) regions.regions().get(index).transport()).circuitBreaker();
    }

    @Configuration(proxyBeanMethods = false)
    static class TwoRegions {

        @Bean
        UnikvConnectionDetails unikvConnectionDetails() {
            return UnikvConnectionDetails.rest(List.of(
                    new UnikvConnectionDetails.RestEndpoint("us-east-1", "https://us1-example.upstash.io", "t"),
                    new UnikvConnectionDetails.RestEndpoint("eu-west-1", "https://eu1-example.upstash.io", "t")));
        }

    }

    @Configuration(proxyBeanMethods = false)
    static class UserRegistry {

        static final CircuitBreakerRegistry REGISTRY = CircuitBreakerRegistry.of(Map.of("unikv-eu-west-1",
                CircuitBreakerConfig.custom()
                    .failureRateThreshold(5)
                    .waitDurationInOpenState(Duration.ofSeconds(1))
                    .build()));

        static final CircuitBreaker PRIMARY = REGISTRY.circuitBreaker("unikv-us-east-1");

        @Bean
        CircuitBreakerRegistry circuitBreakerRegistry() {
            return REGISTRY;
        }

    }

}
