package io.unikv.transport.lettuce;

import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;

import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import io.lettuce.core.cluster.models.partitions.Partitions;
import io.lettuce.core.cluster.models.partitions.RedisClusterNode;
import io.lettuce.core.codec.ByteArrayCodec;
import io.unikv.KvUnavailableException;

/**
 * Connections from a Lettuce {@link RedisClusterClient}. A transaction's dedicated
 * connection is a cluster connection of its own, whose node connection for the
 * transaction's slot carries MULTI ... EXEC.
 *
 * @author unikv authors
 */
final class ClusterEndpoint implements Endpoint {

    private final RedisClusterClient client;

    private final Queue<StatefulConnection<?, ?>> opened = new ConcurrentLinkedQueue<>();

    private final String description;

    ClusterEndpoint(RedisClusterClient client, String description) {
        this.client = client;
        this.description = description;
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
                Partitions partitions = connection.getPartitions();
                RedisClusterNode node = partitions.getMasterBySlot(Math.max(slot, 0));
                if (node == null) {
                    return CompletableFuture
                        .failedFuture(new KvUnavailableException("No cluster node serves slot " + slot, null));
                }
                RedisURI uri = node.getUri();
                return connection.getConnectionAsync(uri.getHost(), uri.getPort());
            }

            @Override
            public void close() {
                connection.closeAsync();
            }

        });
    }

    private CompletableFuture<StatefulRedisClusterConnection<byte[], byte[]>> open() {
        // A cluster client connects only once it knows the topology; load it without
        // blocking (getPartitions() would block) if nobody has yet.
        return this.client.connectAsync(ByteArrayCodec.INSTANCE).handle((connection, failure) -> {
            if (failure == null) {
                return CompletableFuture.completedFuture(connection);
            }
            if (!isUninitialized(failure)) {
                return CompletableFuture.<StatefulRedisClusterConnection<byte[], byte[]>>failedFuture(failure);
            }
            return this.client.refreshPartitionsAsync()
                .toCompletableFuture()
                .thenCompose((loaded) -> this.client.connectAsync(ByteArrayCodec.INSTANCE));
        }).thenCompose((connection) -> connection);
    }

    private static boolean isUninitialized(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof IllegalStateException && String.valueOf(cause.getMessage()).contains("Partitions")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public CompletableFuture<io.unikv.transport.TransportPubSub.Subscription> subscribe(
            io.unikv.transport.TransportPubSub.Kind kind, java.util.List<byte[]> names,
            io.unikv.transport.TransportPubSub.Handler handler) {
        CompletableFuture<io.lettuce.core.cluster.pubsub.StatefulRedisClusterPubSubConnection<byte[], byte[]>> connecting = this.client
            .connectPubSubAsync(ByteArrayCodec.INSTANCE)
            .toCompletableFuture()
            .handle((connection, failure) -> (failure == null) ? CompletableFuture.completedFuture(connection)
                    : isUninitialized(
                            failure) ? this.client.refreshPartitionsAsync().toCompletableFuture().thenCompose((loaded) -> this.client.connectPubSubAsync(ByteArrayCodec.INSTANCE)) : CompletableFuture.<io.lettuce.core.cluster.pubsub.StatefulRedisClusterPubSubConnection<byte[], byte[]>>failedFuture(failure))
            .thenCompose((connection) -> connection);
        return NativePubSub.subscribe(connecting, kind, names, handler, description());
    }

    @Override
    public boolean cluster() {
        return true;
    }

    @Override
    public String description() {
        return this.description;
    }

    @Override
    public void close() {
        StatefulConnection<?, ?> connection;
        while ((connection = this.opened.poll()) != null) {
            connection.closeAsync();
        }
    }

}
