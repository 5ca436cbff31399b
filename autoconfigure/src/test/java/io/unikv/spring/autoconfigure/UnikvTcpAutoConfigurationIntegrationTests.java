package io.unikv.spring.autoconfigure;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.unikv.KeyValueStore;
import io.unikv.RedisStore;
import io.unikv.test.redis.RealRedis;
import io.unikv.test.redis.RedisNode;
import io.unikv.testserver.UnikvTestServer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The TCP backend against a real {@code redis-server}, configured with
 * {@code spring.data.redis.*} only: the store goes through the application's Lettuce
 * connection factory, and no embedded server starts.
 *
 * @author unikv authors
 */
@RealRedis
class UnikvTcpAutoConfigurationIntegrationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(DataRedisAutoConfiguration.class,
                UnikvEmbeddedServerAutoConfiguration.class, UnikvAutoConfiguration.class));

    @Test
    void springDataRedisPropertiesAreEnough(RedisNode node) {
        this.runner.withPropertyValues("spring.data.redis.host=" + node.host(), "spring.data.redis.port=" + node.port())
            .run((context) -> {
                assertThat(context).doesNotHaveBean(UnikvTestServer.class);
                RedisStore store = context.getBean(RedisStore.class);
                store.set("visits", "41");
                assertThat(store.incr("visits")).isEqualTo(42);
                context.getBean(KeyValueStore.class).put("user:1", "Ada");
                RedisClient client = RedisClient.create(node.redisUri());
                try (StatefulRedisConnection<String, String> connection = client.connect()) {
                    assertThat(connection.sync().get("visits")).isEqualTo("42");
                    assertThat(connection.sync().get("user:1")).isEqualTo("Ada");
                }
                finally {
                    client.shutdown();
                }
            });
    }

}
