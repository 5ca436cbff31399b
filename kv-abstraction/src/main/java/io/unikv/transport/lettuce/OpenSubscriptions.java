package io.unikv.transport.lettuce;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import io.unikv.KvUnavailableException;
import io.unikv.transport.TransportPubSub;
import org.jspecify.annotations.Nullable;

/**
 * The subscriptions a {@link LettuceTransport} opened, so that closing the transport ends
 * them too (their handlers hear {@link TransportPubSub.Handler#closed}). Thread-safe.
 *
 * @author unikv authors
 */
final class OpenSubscriptions {

    private final Set<Tracked> open = ConcurrentHashMap.newKeySet();

    CompletableFuture<TransportPubSub.Subscription> subscribe(Endpoint endpoint, TransportPubSub.Kind kind,
            List<byte[]> names, TransportPubSub.Handler handler) {
        Tracked tracked = new Tracked(handler);
        this.open.add(tracked);
        return endpoint.subscribe(kind, names, tracked).handle((subscription, failure) -> {
            if (failure != null) {
                this.open.remove(tracked);
                throw (failure instanceof RuntimeException runtime) ? runtime
                        : new java.util.concurrent.CompletionException(failure);
            }
            tracked.attach(subscription);
            return tracked;
        });
    }

    /**
     * End every open subscription: the transport is closing.
     * @param description the transport, for the message
     */
    void closeAll(String description) {
        for (Tracked tracked : List.copyOf(this.open)) {
            tracked.terminate(new KvUnavailableException("Transport " + description + " was closed", null));
        }
    }

    /**
     * A subscription and its handler, removed from the set when it ends.
     */
    private final class Tracked implements TransportPubSub.Subscription, TransportPubSub.Handler {

        private final TransportPubSub.Handler handler;

        private final AtomicBoolean active = new AtomicBoolean(true);

        private volatile TransportPubSub.@Nullable Subscription subscription;

        Tracked(TransportPubSub.Handler handler) {
            this.handler = handler;
        }

        void attach(TransportPubSub.Subscription subscription) {
            this.subscription = subscription;
            if (!this.active.get()) {
                subscription.close();
            }
        }

        @Override
        public void message(byte @Nullable [] pattern, byte[] channel, byte[] message) {
            if (this.active.get()) {
                this.handler.message(pattern, channel, message);
            }
        }

        @Override
        public void closed(@Nullable Throwable cause) {
            if (this.active.compareAndSet(true, false)) {
                OpenSubscriptions.this.open.remove(this);
                this.handler.closed(cause);
            }
        }

        void terminate(Throwable cause) {
            if (this.active.compareAndSet(true, false)) {
                OpenSubscriptions.this.open.remove(this);
                release();
                this.handler.closed(cause);
            }
        }

        @Override
        public void close() {
            if (this.active.compareAndSet(true, false)) {
                OpenSubscriptions.this.open.remove(this);
                release();
            }
        }

        private void release() {
            TransportPubSub.Subscription current = this.subscription;
            if (current != null) {
                current.close();
            }
        }

    }

}
