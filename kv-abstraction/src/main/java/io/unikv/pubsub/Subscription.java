package io.unikv.pubsub;

import java.util.List;

/**
 * An active subscription to channels, patterns or shard channels. Closing it
 * unsubscribes: the dedicated connection (RESP) or event stream (REST) is released and
 * the listener gets no further messages. Thread-safe.
 *
 * @author unikv authors
 */
public interface Subscription extends AutoCloseable {

    /**
     * Return the channels, patterns or shard channels subscribed to.
     * @return the names, in the order given
     */
    List<String> names();

    /**
     * Return whether the subscription still receives messages: {@code false} once closed,
     * or once its connection ended and was not re-established (REST streams are not
     * reopened; RESP connections are, by the client library).
     * @return whether it is active
     */
    boolean isActive();

    /**
     * Unsubscribe. Idempotent.
     */
    @Override
    void close();

}
