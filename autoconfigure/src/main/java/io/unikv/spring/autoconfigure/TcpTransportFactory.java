package io.unikv.spring.autoconfigure;

import io.unikv.transport.Transport;

/**
 * Creates the TCP transport; present only when Spring Data Redis and Lettuce are on the
 * classpath.
 *
 * @author unikv authors
 */
interface TcpTransportFactory {

    /**
     * Create the transport over the application's connection factory.
     * @return the transport
     * @throws UnikvConfigurationException if there is no single Lettuce connection
     * factory
     */
    Transport create();

    /**
     * Create a transport to one Redis server of a region, through a Lettuce client the
     * factory owns (closed with the application context).
     * @param property the property that names the server, for messages
     * @param redisUri the server
     * @return the transport
     * @throws UnikvConfigurationException if the URI is malformed
     */
    Transport create(String property, String redisUri);

}
