package io.unikv.contract;

import java.util.List;

import io.lettuce.core.RedisURI;
import io.lettuce.core.cluster.RedisClusterClient;
import io.unikv.test.redis.RealRedis;
import io.unikv.test.redis.RedisCluster;
import io.unikv.test.redis.RedisTopology;
import io.unikv.transport.Transport;
import io.unikv.transport.lettuce.LettuceTransport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The KV contract over RESP through Lettuce's cluster client, against a real three-master
 * Redis Cluster: values and their metadata share a slot, the index lives in another.
 *
 * @author unikv authors
 */
@RealRedis(topology = RedisTopology.CLUSTER)
class ClusterKeyValueContractIntegrationTests extends KeyValueContractTests {

    private List<RedisURI> seeds;

    private RedisClusterClient client;

    @BeforeAll
    void cluster(RedisCluster cluster) {
        this.seeds = cluster.seedUris();
    }

    @Override
    protected Transport createTransport() {
        this.client = RedisClusterClient.create(this.seeds);
        LettuceTransport transport = LettuceTransport.cluster(this.client);
        assertThat(transport.clustered()).isTrue();
        return transport;
    }

    @AfterAll
    void stopClient() {
        if (this.client != null) {
            this.client.shutdown();
        }
    }

}
