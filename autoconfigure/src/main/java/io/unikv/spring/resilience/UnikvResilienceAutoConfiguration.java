package io.unikv.spring.resilience;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import io.unikv.RedisStore;
import io.unikv.spring.autoconfigure.UnikvAutoConfiguration;
import io.unikv.spring.autoconfigure.UnikvTransportDecorator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Auto-configuration of a resilience4j circuit breaker per region,
 * {@code unikv-<region>}, when resilience4j is on the classpath (disable with
 * {@code unikv.circuit-breaker.enabled=false}). The breakers go into the application's
 * {@link CircuitBreakerRegistry}, so resilience4j's own Actuator endpoints and metrics
 * show them; without one, a registry is created here and, when resilience4j's Spring Boot
 * support is absent, its metrics are bound to the application's {@link MeterRegistry}.
 *
 * @author unikv authors
 */
@AutoConfiguration(before = UnikvAutoConfiguration.class,
        afterName = "io.github.resilience4j.springboot.circuitbreaker.autoconfigure.CircuitBreakerAutoConfiguration")
@ConditionalOnClass({ CircuitBreaker.class, RedisStore.class })
@ConditionalOnBooleanProperty(name = "unikv.circuit-breaker.enabled", matchIfMissing = true)
@EnableConfigurationProperties(UnikvCircuitBreakerProperties.class)
public final class UnikvResilienceAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    CircuitBreakerRegistry unikvCircuitBreakerRegistry() {
        return CircuitBreakerRegistry.ofDefaults();
    }

    @Bean
    UnikvTransportDecorator unikvCircuitBreakers(CircuitBreakerRegistry registry,
            UnikvCircuitBreakerProperties properties) {
        return new RegionCircuitBreakers(registry, properties);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({ TaggedCircuitBreakerMetrics.class, MeterRegistry.class })
    @ConditionalOnMissingClass({
            "io.github.resilience4j.springboot.circuitbreaker.autoconfigure.CircuitBreakerMetricsAutoConfiguration",
            "io.github.resilience4j.springboot3.circuitbreaker.autoconfigure.CircuitBreakerMetricsAutoConfiguration" })
    static class MetricsConfiguration {

        @Bean
        @ConditionalOnMissingBean
        TaggedCircuitBreakerMetrics unikvCircuitBreakerMetrics(CircuitBreakerRegistry registry) {
            return TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(registry);
        }

    }

}
