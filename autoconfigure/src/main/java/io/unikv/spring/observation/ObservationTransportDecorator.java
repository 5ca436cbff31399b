package io.unikv.spring.observation;

import io.micrometer.observation.ObservationRegistry;
import io.unikv.spring.autoconfigure.UnikvRegion;
import io.unikv.spring.autoconfigure.UnikvTransportDecorator;
import io.unikv.transport.Transport;
import org.springframework.core.Ordered;

/**
 * Wraps each region's transport in an {@link ObservedTransport}, outermost (lowest
 * precedence), so that what the store waits for, circuit breakers included, is timed.
 *
 * @author unikv authors
 */
final class ObservationTransportDecorator implements UnikvTransportDecorator, Ordered {

    private final ObservationRegistry registry;

    private final UnikvObservationConvention convention;

    ObservationTransportDecorator(ObservationRegistry registry, UnikvObservationConvention convention) {
        this.registry = registry;
        this.convention = convention;
    }

    @Override
    public Transport decorate(UnikvRegion region, Transport transport) {
        return new ObservedTransport(transport, this.registry, this.convention, region.name(), region.backend().name());
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

}
