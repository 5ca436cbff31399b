package io.unikv.spring.autoconfigure;

import io.unikv.transport.Transport;

/**
 * Wraps the transport of each region before the stores use it: observation, circuit
 * breakers and similar decorators are beans of this type, applied in order (lowest
 * {@link org.springframework.core.Ordered order} innermost). Decorators should extend
 * {@link io.unikv.transport.ForwardingTransport}.
 *
 * @author unikv authors
 */
@FunctionalInterface
public interface UnikvTransportDecorator {

    /**
     * Wrap a region's transport.
     * @param region the region the transport talks to
     * @param transport the transport so far
     * @return the transport to use instead (or the same one)
     */
    Transport decorate(UnikvRegion region, Transport transport);

}
