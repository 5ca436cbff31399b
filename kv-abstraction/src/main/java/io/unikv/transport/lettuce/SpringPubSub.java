package io.unikv.transport.lettuce;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import io.unikv.KvException;
import io.unikv.transport.TransportPubSub;
import org.springframework.data.redis.connection.MessageListener;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * A subscription through a Spring Data Redis {@link LettuceConnectionFactory}: a
 * connection of the factory switched to pub/sub by Spring (standalone, Sentinel,
 * master/replica or Cluster, whatever the factory is configured for), closed with the
 * subscription. Spring has no shard channels, so {@code SSUBSCRIBE} is refused.
 * Subscribing may block while the factory connects, so it runs on the common pool.
 *
 * @author unikv authors
 */
final class SpringPubSub {

    private SpringPubSub() {
    }

    static CompletableFuture<TransportPubSub.Subscription> subscribe(LettuceConnectionFactory factory,
            TransportPubSub.Kind kind, List<byte[]> names, TransportPubSub.Handler handler, String target) {
        if (kind == TransportPubSub.Kind.SHARD) {
            return CompletableFuture.failedFuture(new KvException(
                    "Shard channels (SSUBSCRIBE) are not available through a Spring Data Redis connection factory; "
                            + "build the transport from a Lettuce client instead"));
        }
        return CompletableFuture.supplyAsync(() -> {
            AtomicBoolean open = new AtomicBoolean(true);
            MessageListener listener = (message, pattern) -> {
                if (open.get()) {
                    handler.message((kind == TransportPubSub.Kind.PATTERN) ? pattern : null, message.getChannel(),
                            message.getBody());
                }
            };
            RedisConnection connection;
            try {
                connection = factory.getConnection();
            }
            catch (RuntimeException ex) {
                throw Failures.connect(ex, target);
            }
            try {
                byte[][] array = names.toArray(new byte[0][]);
                if (kind == TransportPubSub.Kind.PATTERN) {
                    connection.pSubscribe(listener, array);
                }
                else {
                    connection.subscribe(listener, array);
                }
            }
            catch (RuntimeException ex) {
                connection.close();
                throw Failures.connect(ex, target);
            }
            return () -> {
                if (open.compareAndSet(true, false)) {
                    try {
                        org.springframework.data.redis.connection.Subscription subscription = connection
                            .getSubscription();
                        if (subscription != null) {
                            subscription.close();
                        }
                    }
                    finally {
                        connection.close();
                    }
                }
            };
        });
    }

}
