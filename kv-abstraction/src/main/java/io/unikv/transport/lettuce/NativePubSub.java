package io.unikv.transport.lettuce;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import io.lettuce.core.pubsub.api.async.RedisPubSubAsyncCommands;
import io.unikv.transport.TransportPubSub;
import org.jspecify.annotations.Nullable;

/**
 * A subscription on a dedicated Lettuce pub/sub connection (standalone or cluster): the
 * connection is opened for it, subscribed, and closed with it. Lettuce resubscribes after
 * a reconnect by itself.
 *
 * @author unikv authors
 */
final class NativePubSub {

    private NativePubSub() {
    }

    static CompletableFuture<TransportPubSub.Subscription> subscribe(
            CompletableFuture<? extends StatefulRedisPubSubConnection<byte[], byte[]>> connecting,
            TransportPubSub.Kind kind, List<byte[]> names, TransportPubSub.Handler handler, String target) {
        return connecting
            .exceptionallyCompose((failure) -> CompletableFuture.failedFuture(Failures.connect(failure, target)))
            .thenCompose((connection) -> {
                AtomicBoolean open = new AtomicBoolean(true);
                connection.addListener(new Listener(kind, handler, open));
                byte[][] array = names.toArray(new byte[0][]);
                RedisPubSubAsyncCommands<byte[], byte[]> commands = connection.async();
                CompletableFuture<Void> subscribed = switch (kind) {
                    case CHANNEL -> commands.subscribe(array).toCompletableFuture();
                    case PATTERN -> commands.psubscribe(array).toCompletableFuture();
                    case SHARD -> commands.ssubscribe(array).toCompletableFuture();
                };
                TransportPubSub.Subscription subscription = () -> {
                    if (open.compareAndSet(true, false)) {
                        connection.closeAsync();
                    }
                };
                return subscribed.handle((ok, failure) -> {
                    if (failure != null) {
                        subscription.close();
                        throw Failures.connect(failure, target);
                    }
                    return subscription;
                });
            });
    }

    /**
     * Hands the messages of one kind to the handler while the subscription is open.
     */
    private static final class Listener extends RedisPubSubAdapter<byte[], byte[]> {

        private final TransportPubSub.Kind kind;

        private final TransportPubSub.Handler handler;

        private final AtomicBoolean open;

        Listener(TransportPubSub.Kind kind, TransportPubSub.Handler handler, AtomicBoolean open) {
            this.kind = kind;
            this.handler = handler;
            this.open = open;
        }

        @Override
        public void message(byte[] channel, byte[] message) {
            deliver(TransportPubSub.Kind.CHANNEL, null, channel, message);
        }

        @Override
        public void message(byte[] pattern, byte[] channel, byte[] message) {
            deliver(TransportPubSub.Kind.PATTERN, pattern, channel, message);
        }

        @Override
        public void smessage(byte[] channel, byte[] message) {
            deliver(TransportPubSub.Kind.SHARD, null, channel, message);
        }

        private void deliver(TransportPubSub.Kind from, byte @Nullable [] pattern, byte[] channel, byte[] message) {
            if (from == this.kind && this.open.get()) {
                this.handler.message(pattern, channel, message);
            }
        }

    }

}
