package io.unikv.transport.lettuce;

import java.util.Queue;
import java.util.StringJoiner;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;

import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.cluster.api.async.RedisAdvancedClusterAsyncCommands;
import org.jspecify.annotations.Nullable;
import org.springframework.data.redis.connection.RedisClusterConfiguration;
import org.springframework.data.redis.connection.RedisNode;
import org.springframework.data.redis.connection.RedisSentinelConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnection;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * Connections from a Spring Data Redis {@link LettuceConnectionFactory}, so that every
 * setting under {@code spring.data.redis.*} applies. The shared connection is the
 * factory's native Lettuce connection (its shared connection unless sharing is disabled).
 * Dedicated connections for transactions come from the factory's connection provider
 * (standalone, Sentinel, master/replica) or from its cluster client.
 * <p>
 * Getting a connection from the factory may block while it connects, so that happens on
 * the common pool, never on the caller's thread.
 *
 * @author unikv authors
 */
final class FactoryEndpoint implements Endpoint {

    private final LettuceConnectionFactory factory;

    private final Queue<AutoCloseable> opened = new ConcurrentLinkedQueue<>();

    private final java.util.concurrent.atomic.AtomicReference<InFlight.@Nullable Listener> listener = new java.util.concurrent.atomic.AtomicReference<>();

    FactoryEndpoint(LettuceConnectionFactory factory) {
        this.factory = factory;
    }

    private void listen() {
        if (this.listener.get() == null && !cluster()) {
            InFlight.Listener added = InFlight.listen(this.factory.getRequiredNativeClient(), description());
            if (!this.listener.compareAndSet(null, added)) {
                added.close();
            }
        }
    }

    @Override
    @SuppressWarnings("deprecation") // getStatefulConnection() is the only way to the
                                     // native connection
    public CompletableFuture<StatefulConnection<byte[], byte[]>> connect() {
        return CompletableFuture.supplyAsync(() -> {
            listen();
            LettuceConnection connection = (LettuceConnection) this.factory.getConnection();
            this.opened.add(connection);
            Object nativeConnection = connection.getNativeConnection();
            if (nativeConnection instanceof RedisAdvancedClusterAsyncCommands<?, ?> cluster) {
                return cast(cluster.getStatefulConnection());
            }
            return cast(((RedisAsyncCommands<?, ?>) nativeConnection).getStatefulConnection());
        });
    }

    @Override
    @SuppressWarnings("deprecation")
    public CompletableFuture<Dedicated> dedicated() {
        if (cluster()) {
            RedisClusterClient client = (RedisClusterClient) this.factory.getRequiredNativeClient();
            return new ClusterEndpoint(client, description()).dedicated();
        }
        return CompletableFuture.supplyAsync(() -> {
            LettuceConnection connection = (LettuceConnection) this.factory.getConnection();
            // In pipeline mode the native connection is a dedicated one from the
            // factory's
            // provider; we write to it directly and never use Spring's pipeline.
            connection.openPipeline();
            StatefulRedisConnection<byte[], byte[]> dedicated = cast(
                    ((RedisAsyncCommands<?, ?>) connection.getNativeConnection()).getStatefulConnection());
            return new Dedicated() {

                @Override
                public CompletableFuture<StatefulRedisConnection<byte[], byte[]>> node(int slot) {
                    return CompletableFuture.completedFuture(dedicated);
                }

                @Override
                public void close() {
                    connection.close();
                }

            };
        });
    }

    @SuppressWarnings("unchecked")
    private static <C> C cast(Object connection) {
        return (C) connection;
    }

    @Override
    public CompletableFuture<io.unikv.transport.TransportPubSub.Subscription> subscribe(
            io.unikv.transport.TransportPubSub.Kind kind, java.util.List<byte[]> names,
            io.unikv.transport.TransportPubSub.Handler handler) {
        return SpringPubSub.subscribe(this.factory, kind, names, handler, description());
    }

    @Override
    public boolean cluster() {
        return this.factory.isClusterAware();
    }

    @Override
    public String description() {
        String scheme = this.factory.isUseSsl() ? "rediss" : "redis";
        RedisClusterConfiguration cluster = this.factory.getClusterConfiguration();
        if (cluster() && cluster != null) {
            return "tcp " + scheme + "-cluster://" + nodes(cluster.getClusterNodes());
        }
        RedisSentinelConfiguration sentinel = this.factory.getSentinelConfiguration();
        if (this.factory.isRedisSentinelAware() && sentinel != null) {
            return "tcp " + scheme + "-sentinel://" + nodes(sentinel.getSentinels()) + "#"
                    + sentinel.getMaster().getName();
        }
        String database = (this.factory.getDatabase() != 0) ? "/" + this.factory.getDatabase() : "";
        return "tcp " + scheme + "://" + this.factory.getHostName() + ":" + this.factory.getPort() + database;
    }

    private static String nodes(Iterable<RedisNode> nodes) {
        StringJoiner text = new StringJoiner(",");
        nodes.forEach((node) -> text.add(node.getHost() + ":" + node.getPort()));
        return text.toString();
    }

    @Override
    public void close() {
        InFlight.Listener registered = this.listener.getAndSet(null);
        if (registered != null) {
            registered.close();
        }
        AutoCloseable connection;
        while ((connection = this.opened.poll()) != null) {
            try {
                connection.close();
            }
            catch (Exception ex) {
                // Closing is best effort; the factory owns the native connections.
            }
        }
    }

}
