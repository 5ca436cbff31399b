package io.unikv.test.redis;

import java.time.Duration;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.sync.RedisCommands;

/**
 * The fixture's own Lettuce client for setup and flushing, with one connection per node.
 * Thread-safe, as Lettuce connections are.
 *
 * @author unikv authors
 */
final class AdminClient implements AutoCloseable {

    private final RedisClient client = RedisClient.create();

    /**
     * Opens a connection to a node; it is closed with this client.
     * @param node the node
     * @return synchronous commands on the new connection
     */
    RedisCommands<String, String> connect(RedisNode node) {
        return this.client.connect(node.redisUri()).sync();
    }

    @Override
    public void close() {
        this.client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }

}
