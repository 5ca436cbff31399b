package io.unikv.transport;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.jspecify.annotations.Nullable;

/**
 * The optional pub/sub capability of a {@link Transport} ({@link Transport#pubSub()}):
 * subscriptions need a connection of their own that the server pushes messages to, which
 * the request/response {@link Transport#send(Request) send} cannot express. PUBLISH is an
 * ordinary command and goes through {@code send}.
 * <p>
 * Contract:
 * <ul>
 * <li>{@link #subscribe} completes once the server has confirmed every name, so a message
 * published after that is delivered; it fails with a {@link io.unikv.KvException} if the
 * subscription cannot be made (and then holds no connection).</li>
 * <li>Messages of one subscription reach its {@link Handler} in the order the server sent
 * them, on a transport thread: handlers must not block.</li>
 * <li>{@link Subscription#close()} unsubscribes and releases the connection or stream;
 * after it returns no new message is handed to the handler. It is idempotent.</li>
 * <li>When the connection ends for another reason (server gone, transport closed) and the
 * transport does not resubscribe, {@link Handler#closed(Throwable)} is called once.</li>
 * </ul>
 * Implementations: RESP ({@code LettuceTransport}: a dedicated Lettuce pub/sub
 * connection, which Lettuce resubscribes after a reconnect), REST ({@code RestTransport}:
 * an Upstash server-sent event stream, {@code /subscribe} or {@code /psubscribe}, without
 * shard channels). Decorators forward it ({@link ForwardingTransport}); regional
 * transports subscribe on the primary.
 *
 * @author unikv authors
 */
public interface TransportPubSub {

    /**
     * Subscribe to channels, patterns or shard channels.
     * @param kind what the names are
     * @param names the channels or patterns, at least one
     * @param handler receives the messages
     * @return the subscription, once the server confirmed it
     */
    CompletableFuture<Subscription> subscribe(Kind kind, List<byte[]> names, Handler handler);

    /**
     * What a subscription's names are.
     */
    enum Kind {

        /** Channels ({@code SUBSCRIBE}). */
        CHANNEL,

        /** Glob-style patterns ({@code PSUBSCRIBE}). */
        PATTERN,

        /** Shard channels ({@code SSUBSCRIBE}, Redis 7). */
        SHARD

    }

    /**
     * Receives a subscription's messages.
     */
    interface Handler {

        /**
         * A message arrived.
         * @param pattern the pattern that matched, or {@code null} for a channel or shard
         * channel subscription
         * @param channel the channel it was published to
         * @param message the message
         */
        void message(byte @Nullable [] pattern, byte[] channel, byte[] message);

        /**
         * The subscription ended without {@link Subscription#close()}.
         * @param cause why, or {@code null} if the server ended it
         */
        default void closed(@Nullable Throwable cause) {
        }

    }

    /**
     * An active subscription.
     */
    interface Subscription extends AutoCloseable {

        /**
         * Unsubscribe and release the connection or stream. Idempotent.
         */
        @Override
        void close();

    }

}
