package io.unikv.spring.actuate;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.unikv.KeyValueStore;
import io.unikv.spring.autoconfigure.UnikvAutoConfiguration;
import io.unikv.spring.autoconfigure.UnikvRegion;
import io.unikv.spring.autoconfigure.UnikvRegions;
import io.unikv.transport.Transport;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Actuator support for unikv: a health indicator per region under the {@code unikv}
 * health contributor, and the {@code unikv} endpoint.
 *
 * @author unikv authors
 */
@AutoConfiguration(after = UnikvAutoConfiguration.class,
        afterName = "io.unikv.spring.resilience.UnikvResilienceAutoConfiguration")
@ConditionalOnBean(UnikvRegions.class)
@EnableConfigurationProperties(UnikvHealthProperties.class)
public final class UnikvActuatorAutoConfiguration {

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(HealthContributor.class)
    @ConditionalOnEnabledHealthIndicator("unikv")
    static class Health {

        @Bean
        @ConditionalOnMissingBean(name = "unikvHealthContributor")
        HealthContributor unikvHealthContributor(UnikvRegions regions, UnikvHealthProperties properties,
                ObjectProvider<UnikvBreakerStates> breakers) {
            UnikvBreakerStates states = breakers.getIfAvailable(() -> (region) -> null);
            Map<String, UnikvRegionHealthIndicator> indicators = new LinkedHashMap<>();
            for (UnikvRegion region : regions.regions()) {
                indicators.put(region.name(), new UnikvRegionHealthIndicator(region,
                        new Status(properties.getReadRegionDownStatus()), properties.getTimeout(), states));
            }
            return CompositeHealthContributor.fromMap(indicators);
        }

    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(Endpoint.class)
    @ConditionalOnAvailableEndpoint(UnikvEndpoint.class)
    static class EndpointConfiguration {

        @Bean
        @ConditionalOnMissingBean
        UnikvEndpoint unikvEndpoint(KeyValueStore store, Transport transport, UnikvRegions regions,
                ObjectProvider<UnikvBreakerStates> breakers) {
            return new UnikvEndpoint(store, transport, regions, breakers.getIfAvailable(() -> (region) -> null));
        }

    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry")
    @ConditionalOnBean(type = "io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry")
    static class Breakers {

        @Bean
        @ConditionalOnMissingBean
        UnikvBreakerStates unikvBreakerStates(CircuitBreakerRegistry registry) {
            return (region) -> registry.find("unikv-" + region)
                .map((breaker) -> breaker.getState().name())
                .orElse(null);
        }

    }

}
