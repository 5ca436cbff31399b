package io.unikv.internal.commands;

import io.lettuce.core.protocol.ProtocolVersion;
import io.unikv.test.redis.RealRedis;
import io.unikv.test.redis.RedisNode;
import io.unikv.transport.Transport;
import org.junit.jupiter.api.BeforeAll;

/**
 * {@link PubSubIntegrationTests} against a real {@code redis-server} over RESP2 with the
 * Lettuce transport.
 *
 * @author unikv authors
 */
@RealRedis
class PubSubRealRedisResp2IntegrationTests extends PubSubIntegrationTests {

    private static RedisNode node;

    @BeforeAll
    static void node(RedisNode redis) {
        node = redis;
    }

    @Override
    Transport transport() {
        return lettuce(node.redisUri(), protocol());
    }

    @Override
    ProtocolVersion protocol() {
        return ProtocolVersion.RESP2;
    }

}
