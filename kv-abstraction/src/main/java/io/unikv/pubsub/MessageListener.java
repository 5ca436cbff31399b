package io.unikv.pubsub;

/**
 * Receives the messages of a {@link Subscription}, one at a time and in the order the
 * server published them, on a pool thread (never a transport I/O thread), so a listener
 * may call the store, even blocking methods. An exception thrown by the listener is
 * dropped and the next message is still delivered.
 *
 * @author unikv authors
 */
@FunctionalInterface
public interface MessageListener {

    /**
     * Handle a message.
     * @param message the message
     */
    void onMessage(Message message);

}
