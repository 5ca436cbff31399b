package io.unikv.spring.autoconfigure;

import io.unikv.transport.Transport;

/**
 * One region the auto-configured store talks to, with its decorated transport: the
 * primary, or a read region. Health checks and the Actuator endpoint go through the same
 * transport as the store.
 *
 * @param name the region name ({@code primary} when only one endpoint is configured)
 * @param primary whether it takes the writes
 * @param backend the backend behind it
 * @param transport the region's transport, after every {@link UnikvTransportDecorator}
 * @author unikv authors
 */
public record UnikvRegion(String name, boolean primary, UnikvProperties.Backend backend, Transport transport) {
}
