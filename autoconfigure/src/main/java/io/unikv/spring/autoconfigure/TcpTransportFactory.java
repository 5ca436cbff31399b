package io.unikv.spring.autoconfigure;

import io.unikv.transport.Transport;

/**
 * Creates the TCP transport; present only when Spring Data Redis and Lettuce are on the
 * classpath.
 *
 * @author unikv authors
 */
@FunctionalInterface
interface TcpTransportFactory {

    /**
     * Create the transport over the application's connection factory.
     * @return the transport
     * @throws UnikvConfigurationException if there is no single Lettuce connection
     * factory
     */
    Transport create();

}
