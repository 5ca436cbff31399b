package io.unikv.spring.actuate;

import org.jspecify.annotations.Nullable;

/**
 * The circuit breaker state of each region, for health details and the {@code unikv}
 * endpoint; present when resilience4j guards the regions.
 *
 * @author unikv authors
 */
@FunctionalInterface
public interface UnikvBreakerStates {

    /**
     * Return the state of a region's breaker.
     * @param region the region name
     * @return the state ({@code CLOSED}, {@code OPEN}, {@code HALF_OPEN}...), or
     * {@code null} if the region has no breaker
     */
    @Nullable String state(String region);

}
