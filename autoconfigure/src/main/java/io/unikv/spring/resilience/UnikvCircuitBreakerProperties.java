package io.unikv.spring.resilience;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Defaults for the circuit breaker of each region ({@code unikv-<region>}). A breaker
 * configured in resilience4j's own properties
 * ({@code resilience4j.circuitbreaker.instances.unikv-<region>.*} or
 * {@code resilience4j.circuitbreaker.configs.unikv-<region>.*}) takes precedence;
 * settings not listed here come from the registry's default configuration.
 *
 * @author unikv authors
 */
@ConfigurationProperties("unikv.circuit-breaker")
public class UnikvCircuitBreakerProperties {

    /**
     * Whether each region's transport is guarded by a circuit breaker.
     */
    private boolean enabled = true;

    /**
     * Failure rate, in percent of the calls in the sliding window, at or above which the
     * breaker opens.
     */
    private float failureRateThreshold = 50;

    /**
     * Number of most recent calls the failure rate is computed over.
     */
    private int slidingWindowSize = 20;

    /**
     * Number of calls needed before the failure rate is computed.
     */
    private int minimumNumberOfCalls = 10;

    /**
     * How long an open breaker rejects calls before it lets trial calls through.
     */
    private Duration waitDurationInOpenState = Duration.ofSeconds(10);

    /**
     * Number of trial calls a half-open breaker permits; it closes when they succeed.
     */
    private int permittedNumberOfCallsInHalfOpenState = 3;

    public boolean isEnabled() {
        return this.enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public float getFailureRateThreshold() {
        return this.failureRateThreshold;
    }

    public void setFailureRateThreshold(float failureRateThreshold) {
        this.failureRateThreshold = failureRateThreshold;
    }

    public int getSlidingWindowSize() {
        return this.slidingWindowSize;
    }

    public void setSlidingWindowSize(int slidingWindowSize) {
        this.slidingWindowSize = slidingWindowSize;
    }

    public int getMinimumNumberOfCalls() {
        return this.minimumNumberOfCalls;
    }

    public void setMinimumNumberOfCalls(int minimumNumberOfCalls) {
        this.minimumNumberOfCalls = minimumNumberOfCalls;
    }

    public Duration getWaitDurationInOpenState() {
        return this.waitDurationInOpenState;
    }

    public void setWaitDurationInOpenState(Duration waitDurationInOpenState) {
        this.waitDurationInOpenState = waitDurationInOpenState;
    }

    public int getPermittedNumberOfCallsInHalfOpenState() {
        return this.permittedNumberOfCallsInHalfOpenState;
    }

    public void setPermittedNumberOfCallsInHalfOpenState(int permittedNumberOfCallsInHalfOpenState) {
        this.permittedNumberOfCallsInHalfOpenState = permittedNumberOfCallsInHalfOpenState;
    }

}
