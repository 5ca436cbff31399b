package io.unikv.internal.commands;

import java.util.ArrayList;
import java.util.List;

import io.lettuce.core.RedisURI;
import io.lettuce.core.protocol.ProtocolVersion;
import io.unikv.RedisStore;
import io.unikv.test.redis.RealRedis;
import io.unikv.test.redis.RedisCluster;
import io.unikv.test.redis.RedisNode;
import io.unikv.test.redis.RedisTopology;
import io.unikv.transport.Transport;
import org.junit.jupiter.api.BeforeAll;

/**
 * {@link ScriptingCommandsImplIntegrationTests} against a real three-master Redis Cluster
 * over RESP3 with the Lettuce cluster transport. Command statistics are read from every
 * master, since {@code INFO} answers for one node.
 *
 * @author unikv authors
 */
@RealRedis(topology = RedisTopology.CLUSTER)
class ScriptingCommandsImplClusterIntegrationTests extends ScriptingCommandsImplIntegrationTests {

    private static List<RedisURI> seeds;

    private static List<RedisNode> nodes;

    @BeforeAll
    static void cluster(RedisCluster cluster) {
        seeds = cluster.seedUris();
        nodes = cluster.nodes();
    }

    @Override
    Transport transport() {
        return lettuceCluster(seeds, protocol());
    }

    @Override
    ProtocolVersion protocol() {
        return ProtocolVersion.RESP3;
    }

    @Override
    List<String> commandStats() {
        List<String> stats = new ArrayList<>();
        for (RedisNode node : nodes) {
            Transport transport = lettuce(node.redisUri(), protocol());
            try {
                stats.add(RedisStore.builder().transport(transport).build().info("commandstats"));
            }
            finally {
                transport.close();
            }
        }
        return stats;
    }

}
