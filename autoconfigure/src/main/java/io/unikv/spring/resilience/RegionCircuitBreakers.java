package io.unikv.spring.resilience;

import java.util.Optional;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.unikv.spring.autoconfigure.UnikvRegion;
import io.unikv.spring.autoconfigure.UnikvTransportDecorator;
import io.unikv.transport.Transport;
import org.springframework.core.Ordered;

/**
 * Wraps each region's transport in a {@link CircuitBreakerTransport} whose breaker,
 * {@code unikv-<region>}, lives in the application's {@link CircuitBreakerRegistry}. A
 * breaker the registry already has (resilience4j's {@code instances.*}) or a
 * configuration it holds under that name ({@code configs.*}) wins over the
 * {@code unikv.circuit-breaker.*} defaults. Its order, {@link #ORDER}, puts it inside
 * decorators without an order (such as observation), so they also see the calls the
 * breaker rejects.
 *
 * @author unikv authors
 */
final class RegionCircuitBreakers implements UnikvTransportDecorator, Ordered {

    static final String PREFIX = "unikv-";

    static final int ORDER = 0;

    private final CircuitBreakerRegistry registry;

    private final CircuitBreakerConfig defaults;

    RegionCircuitBreakers(CircuitBreakerRegistry registry, UnikvCircuitBreakerProperties properties) {
        this.registry = registry;
        this.defaults = CircuitBreakerConfig.from(registry.getDefaultConfig())
            .failureRateThreshold(properties.getFailureRateThreshold())
            .slidingWindowSize(properties.getSlidingWindowSize())
            .minimumNumberOfCalls(properties.getMinimumNumberOfCalls())
            .waitDurationInOpenState(properties.getWaitDurationInOpenState())
            .permittedNumberOfCallsInHalfOpenState(properties.getPermittedNumberOfCallsInHalfOpenState())
            .build();
    }

    @Override
    public Transport decorate(UnikvRegion region, Transport transport) {
        return new CircuitBreakerTransport(transport, region.name(), circuitBreaker(PREFIX + region.name()));
    }

    private CircuitBreaker circuitBreaker(String name) {
        Optional<CircuitBreaker> existing = this.registry.find(name);
        if (existing.isPresent()) {
            return existing.get();
        }
        if (this.registry.getConfiguration(name).isPresent()) {
            return this.registry.circuitBreaker(name, name);
        }
        return this.registry.circuitBreaker(name, this.defaults);
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

}
