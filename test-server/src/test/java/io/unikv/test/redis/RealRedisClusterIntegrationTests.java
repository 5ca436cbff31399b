package io.unikv.test.redis;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.IntStream;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.cluster.SlotHash;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Integration tests for {@link RealRedis} with {@link RedisTopology#CLUSTER}.
 *
 * @author unikv authors
 */
@RealRedis(topology = RedisTopology.CLUSTER)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RealRedisClusterIntegrationTests {

    private static RedisClusterClient clusterClient;

    private static StatefulRedisClusterConnection<String, String> connection;

    private static RedisClient nodeClient;

    @BeforeAll
    static void connect(RedisCluster cluster) {
        clusterClient = RedisClusterClient.create(cluster.seedUris());
        connection = clusterClient.connect();
        nodeClient = RedisClient.create();
    }

    @AfterAll
    static void disconnect() {
        connection.close();
        clusterClient.shutdown();
        nodeClient.shutdown();
    }

    @Test
    void everyNodeSeesAHealthyClusterOfThree(RedisCluster cluster) {
        assertThat(cluster.nodes()).hasSize(3);
        for (RedisNode node : cluster.nodes()) {
            String info = direct(node).clusterInfo();
            assertThat(info.lines()).contains("cluster_state:ok", "cluster_known_nodes:3", "cluster_size:3",
                    "cluster_slots_assigned:16384");
        }
    }

    @Test
    void clusterClientRoutesKeysToTheNodeOwningTheirSlot(RedisCluster cluster) {
        Map<Integer, String> keyPerNode = keyPerNode();
        assertThat(keyPerNode).containsOnlyKeys(0, 1, 2);
        keyPerNode.values().forEach((key) -> connection.sync().set(key, "value of " + key));
        keyPerNode.forEach((index, key) -> {
            assertThat(connection.sync().get(key)).isEqualTo("value of " + key);
            RedisCommands<String, String> owner = direct(cluster.nodes().get(index));
            assertThat(owner.get(key)).isEqualTo("value of " + key);
            assertThat(owner.dbsize()).isEqualTo(1);
        });
    }

    @Test
    @Order(1)
    void writesKeysForTheNextTest() {
        keyPerNode().values().forEach((key) -> connection.sync().set(key, "leftover"));
        assertThat(connection.sync().dbsize()).isEqualTo(3);
    }

    @Test
    @Order(2)
    void startsWithAnEmptyKeyspaceOnEveryNode(RedisCluster cluster) {
        for (RedisNode node : cluster.nodes()) {
            assertThat(direct(node).dbsize()).isZero();
        }
    }

    private static RedisCommands<String, String> direct(RedisNode node) {
        return nodeClient.connect(node.redisUri()).sync();
    }

    /**
     * Finds one key for each node, keyed by the node's index in slot order.
     */
    private static Map<Integer, String> keyPerNode() {
        Map<Integer, String> keys = new LinkedHashMap<>();
        IntStream.range(0, 100).mapToObj((i) -> "key-" + i).forEach((key) -> {
            int slot = SlotHash.getSlot(key);
            int index = (slot <= 5460) ? 0 : (slot <= 10922) ? 1 : 2;
            keys.putIfAbsent(index, key);
        });
        return keys;
    }

}
