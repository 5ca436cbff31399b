package io.unikv.benchmarks.client;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.unikv.spring.observation.DefaultUnikvObservationConvention;
import io.unikv.spring.observation.ObservedTransport;
import io.unikv.spring.observation.UnikvMeterObservationHandler;
import io.unikv.spring.resilience.CircuitBreakerTransport;
import io.unikv.transport.Transport;

/**
 * The decorator stacks the instrumentation benchmarks compare, as the Spring Boot
 * auto-configuration builds them around a region's transport.
 *
 * @author unikv authors
 */
final class InstrumentationStacks {

    /** Every stack, the reference first. */
    static final String[] ALL = { "plain", "breaker", "observed", "observed-no-ltt", "instrumented", "unikv-handler" };

    private InstrumentationStacks() {
    }

    /**
     * Decorate a transport.
     * @param stack {@code plain} (nothing), {@code breaker} (a resilience4j circuit
     * breaker), {@code observed} (an observation with Micrometer's
     * {@link DefaultMeterObservationHandler}: timer and long-task timer, Boot's default),
     * {@code observed-no-ltt} (the same without the long-task timer) or
     * {@code instrumented} (breaker inside observation, as Boot stacks them) or
     * {@code unikv-handler} (the same with {@link UnikvMeterObservationHandler} ahead of
     * Micrometer's handler, as the auto-configuration registers it)
     * @param transport the transport
     * @return the decorated transport
     */
    static Transport decorate(String stack, Transport transport) {
        return switch (stack) {
            case "plain" -> transport;
            case "breaker" -> breaker(transport);
            case "observed" -> observed(transport, false);
            case "observed-no-ltt" -> observed(transport, true);
            case "instrumented" -> observed(breaker(transport), false);
            case "unikv-handler" -> unikvHandler(breaker(transport));
            default -> throw new IllegalArgumentException("Unknown stack '" + stack + "'");
        };
    }

    private static Transport unikvHandler(Transport transport) {
        MeterRegistry meters = new SimpleMeterRegistry();
        ObservationRegistry observations = ObservationRegistry.create();
        // as Spring Boot groups meter handlers: the first that supports the context wins
        observations.observationConfig()
            .observationHandler(new ObservationHandler.FirstMatchingCompositeObservationHandler(
                    new UnikvMeterObservationHandler(() -> meters, true), new DefaultMeterObservationHandler(meters)));
        return new ObservedTransport(transport, observations, new DefaultUnikvObservationConvention(), "primary",
                "tcp");
    }

    private static Transport breaker(Transport transport) {
        return new CircuitBreakerTransport(transport, "primary", CircuitBreaker.ofDefaults("unikv-primary"));
    }

    private static Transport observed(Transport transport, boolean withoutLongTaskTimer) {
        MeterRegistry meters = new SimpleMeterRegistry();
        ObservationRegistry observations = ObservationRegistry.create();
        observations.observationConfig()
            .observationHandler(withoutLongTaskTimer
                    ? new DefaultMeterObservationHandler(meters,
                            DefaultMeterObservationHandler.IgnoredMeters.LONG_TASK_TIMER)
                    : new DefaultMeterObservationHandler(meters));
        return new ObservedTransport(transport, observations, new DefaultUnikvObservationConvention(), "primary",
                "tcp");
    }

}
