package io.unikv.test.redis;

import java.util.List;

import io.lettuce.core.RedisURI;

/**
 * A running Redis Cluster of three masters without replicas, injected into tests of
 * {@link RedisTopology#CLUSTER}. Every node reports {@code cluster_state:ok} and knows
 * the other two before the fixture is handed out. Thread-safe.
 *
 * @author unikv authors
 */
public interface RedisCluster {

    /**
     * Returns the masters in slot order: the first serves slots 0-5460, the second
     * 5461-10922 and the third 10923-16383.
     * @return an immutable list of three nodes
     */
    List<RedisNode> nodes();

    /**
     * Returns seed URIs for a cluster client such as Lettuce's
     * {@code RedisClusterClient.create(Iterable)}, one per node.
     * @return an immutable list of new {@link RedisURI} instances
     */
    default List<RedisURI> seedUris() {
        return nodes().stream().map(RedisNode::redisUri).toList();
    }

}
