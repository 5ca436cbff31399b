package io.unikv.transport.lettuce;

import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;

/**
 * Connections from a Lettuce {@link RedisClient} and a URI (standalone or Sentinel).
 *
 * @author unikv authors
 */
final class ClientEndpoint implements Endpoint {

    private final RedisClient client;

    private final RedisURI uri;

    private final Queue<StatefulConnection<?, ?>> opened = new ConcurrentLinkedQueue<>();

    private final InFlight.Listener listener;

    ClientEndpoint(RedisClient client, RedisURI uri) {
        this.client = client;
        this.uri = uri;
        this.listener = InFlight.listen(client, describe(uri));
    }

    @Override
    public CompletableFuture<StatefulConnection<byte[], byte[]>> connect() {
        return open().thenApply((connection) -> {
            this.opened.add(connection);
            return connection;
        });
    }

    @Override
    public CompletableFuture<Dedicated> dedicated() {
        return open().thenApply((connection) -> new Dedicated() {

            @Override
            public CompletableFuture<StatefulRedisConnection<byte[], byte[]>> node(int slot) {
                return CompletableFuture.completedFuture(connection);
            }

            @Override
            public void close() {
                connection.closeAsync();
            }

        });
    }

    private CompletableFuture<StatefulRedisConnection<byte[], byte[]>> open() {
        return this.client.connectAsync(ByteArrayCodec.INSTANCE, this.uri).toCompletableFuture();
    }

    @Override
    public CompletableFuture<io.unikv.transport.TransportPubSub.Subscription> subscribe(
            io.unikv.transport.TransportPubSub.Kind kind, java.util.List<byte[]> names,
            io.unikv.transport.TransportPubSub.Handler handler) {
        return NativePubSub.subscribe(
                this.client.connectPubSubAsync(ByteArrayCodec.INSTANCE, this.uri).toCompletableFuture(), kind, names,
                handler, description());
    }

    @Override
    public boolean cluster() {
        return false;
    }

    @Override
    public String description() {
        return describe(this.uri);
    }

    static String describe(RedisURI uri) {
        StringBuilder text = new StringBuilder("tcp ");
        if (uri.getHost() == null && !uri.getSentinels().isEmpty()) {
            text.append(uri.isSsl() ? "rediss-sentinel://" : "redis-sentinel://");
            for (int i = 0; i < uri.getSentinels().size(); i++) {
                RedisURI sentinel = uri.getSentinels().get(i);
                text.append((i > 0) ? "," : "").append(sentinel.getHost()).append(':').append(sentinel.getPort());
            }
            text.append('#').append(uri.getSentinelMasterId());
            return text.toString();
        }
        text.append(uri.isSsl() ? "rediss://" : "redis://").append(uri.getHost()).append(':').append(uri.getPort());
        if (uri.getDatabase() != 0) {
            text.append('/').append(uri.getDatabase());
        }
        return text.toString();
    }

    @Override
    public void close() {
        this.listener.close();
        StatefulConnection<?, ?> connection;
        while ((connection = this.opened.poll()) != null) {
            connection.closeAsync();
        }
    }

}
