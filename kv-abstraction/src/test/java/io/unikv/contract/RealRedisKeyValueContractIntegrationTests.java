package io.unikv.contract;

import io.lettuce.core.RedisClient;
import io.unikv.test.redis.RealRedis;
import io.unikv.test.redis.RedisNode;
import io.unikv.transport.Transport;
import io.unikv.transport.lettuce.LettuceTransport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The KV contract over RESP through Lettuce, against a real {@code redis-server}.
 *
 * @author unikv authors
 */
@RealRedis
class RealRedisKeyValueContractIntegrationTests extends KeyValueContractTests {

    private RedisNode node;

    private RedisClient client;

    @BeforeAll
    void node(RedisNode node) {
        this.node = node;
    }

    @Override
    protected Transport createTransport() {
        this.client = RedisClient.create();
        return LettuceTransport.of(this.client, this.node.redisUri());
    }

    @AfterAll
    void stopClient() {
        if (this.client != null) {
            this.client.shutdown();
        }
    }

}
