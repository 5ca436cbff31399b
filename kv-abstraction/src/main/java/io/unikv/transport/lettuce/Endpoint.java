package io.unikv.transport.lettuce;

import java.util.concurrent.CompletableFuture;

import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.api.StatefulRedisConnection;

/**
 * Where a {@link LettuceTransport} gets its connections: one shared connection for single
 * commands and pipelines, and dedicated connections for transactions.
 *
 * @author unikv authors
 */
interface Endpoint {

    /**
     * Open the shared connection (standalone or cluster).
     * @return the connection
     */
    CompletableFuture<StatefulConnection<byte[], byte[]>> connect();

    /**
     * Open a connection no other caller uses, for MULTI/EXEC.
     * @return the connection
     */
    CompletableFuture<Dedicated> dedicated();

    /**
     * Subscribe on a connection of its own, closed with the subscription.
     * @param kind channels, patterns or shard channels
     * @param names the names
     * @param handler receives the messages
     * @return the subscription, once confirmed
     */
    CompletableFuture<io.unikv.transport.TransportPubSub.Subscription> subscribe(
            io.unikv.transport.TransportPubSub.Kind kind, java.util.List<byte[]> names,
            io.unikv.transport.TransportPubSub.Handler handler);

    /**
     * Return whether keys are spread over a cluster's slots.
     * @return {@code true} for a cluster
     */
    boolean cluster();

    /**
     * Describe the target without credentials.
     * @return the description
     */
    String description();

    /**
     * Close the shared connections this endpoint opened.
     */
    void close();

    /**
     * A connection for transactions, used by one transaction at a time.
     */
    interface Dedicated {

        /**
         * Return the connection to the node that owns a slot.
         * @param slot the slot, or {@code -1} if the transaction has no keys
         * @return the connection
         */
        CompletableFuture<StatefulRedisConnection<byte[], byte[]>> node(int slot);

        /**
         * Close the connection.
         */
        void close();

    }

}
