package io.unikv.transport.lettuce;

import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * A small pool of dedicated connections for transactions: a transaction takes an idle one
 * or opens a new one, and gives it back unless it failed. Thread-safe.
 *
 * @author unikv authors
 */
final class DedicatedPool {

    private static final int MAX_IDLE = 4;

    private final Endpoint endpoint;

    private final Deque<Endpoint.Dedicated> idle = new ConcurrentLinkedDeque<>();

    private volatile boolean closed;

    DedicatedPool(Endpoint endpoint) {
        this.endpoint = endpoint;
    }

    CompletableFuture<Endpoint.Dedicated> acquire() {
        Endpoint.Dedicated connection = this.idle.pollFirst();
        return (connection != null) ? CompletableFuture.completedFuture(connection) : this.endpoint.dedicated();
    }

    void release(Endpoint.Dedicated connection, boolean healthy) {
        if (healthy && !this.closed && this.idle.size() < MAX_IDLE) {
            this.idle.addFirst(connection);
            if (!this.closed) {
                return;
            }
            this.idle.remove(connection);
        }
        connection.close();
    }

    void close() {
        this.closed = true;
        Endpoint.Dedicated connection;
        while ((connection = this.idle.pollFirst()) != null) {
            connection.close();
        }
    }

}
