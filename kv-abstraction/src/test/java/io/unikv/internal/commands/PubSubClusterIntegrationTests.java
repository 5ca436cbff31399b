package io.unikv.internal.commands;

import java.util.List;

import io.lettuce.core.RedisURI;
import io.lettuce.core.protocol.ProtocolVersion;
import io.unikv.test.redis.RealRedis;
import io.unikv.test.redis.RedisCluster;
import io.unikv.test.redis.RedisTopology;
import io.unikv.transport.Transport;
import org.junit.jupiter.api.BeforeAll;

/**
 * {@link PubSubIntegrationTests} against a real three-master Redis Cluster over RESP3
 * with the Lettuce cluster transport.
 *
 * @author unikv authors
 */
@RealRedis(topology = RedisTopology.CLUSTER)
class PubSubClusterIntegrationTests extends PubSubIntegrationTests {

    private static List<RedisURI> seeds;

    @BeforeAll
    static void cluster(RedisCluster cluster) {
        seeds = cluster.seedUris();
    }

    @Override
    Transport transport() {
        return lettuceCluster(seeds, protocol());
    }

    @Override
    ProtocolVersion protocol() {
        return ProtocolVersion.RESP3;
    }

}
