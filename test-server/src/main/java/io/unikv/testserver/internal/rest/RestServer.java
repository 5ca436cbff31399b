package io.unikv.testserver.internal.rest;

import java.net.InetSocketAddress;

import io.netty.channel.EventLoopGroup;
import io.unikv.testserver.internal.engine.Engine;

/**
 * The Upstash REST listener (being written; see issue 3).
 *
 * @author unikv authors
 */
public final class RestServer implements AutoCloseable {

    private final InetSocketAddress address;

    /**
     * Bind a listener.
     * @param engine the engine
     * @param group the I/O threads
     * @param host the address
     * @param port the port, 0 for any
     * @param maxRequestBytes the largest request body
     */
    public RestServer(Engine engine, EventLoopGroup group, String host, int port, int maxRequestBytes) {
        this.address = new InetSocketAddress(host, port);
    }

    /**
     * Return the bound address.
     * @return the address
     */
    public InetSocketAddress address() {
        return this.address;
    }

    @Override
    public void close() {
    }

}
