package io.unikv.spring.autoconfigure;

import io.unikv.Consistency;
import io.unikv.RedisStore;
import io.unikv.test.redis.RealRedis;
import io.unikv.test.redis.RedisReplication;
import io.unikv.test.redis.RedisTopology;
import io.unikv.transport.Transport;
import io.unikv.transport.region.RegionalTransport;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * TCP regions from {@code unikv.regions[*].redis-uri} against a real {@code redis-server}
 * primary and replica: writes go to the primary, reads to the replica with
 * read-your-writes through {@code ROLE}.
 *
 * @author unikv authors
 */
@RealRedis(topology = RedisTopology.REPLICATION)
class UnikvTcpRegionsIntegrationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(
            AutoConfigurations.of(UnikvEmbeddedServerAutoConfiguration.class, UnikvAutoConfiguration.class));

    @Test
    void primaryAndReplicaFromProperties(RedisReplication replication) {
        this.runner
            .withPropertyValues("unikv.regions[0].name=primary",
                    "unikv.regions[0].redis-uri=" + replication.primary().uri(), "unikv.regions[1].name=replica",
                    "unikv.regions[1].redis-uri=" + replication.replica().uri())
            .run((context) -> {
                assertThat(context.getBean(Transport.class)).isInstanceOf(RegionalTransport.class);
                RedisStore store = context.getBean(RedisStore.class);
                for (int i = 0; i < 50; i++) {
                    store.set("k" + i, "v" + i);
                    assertThat(store.get("k" + i)).isEqualTo("v" + i);
                }
                assertThat(store.withConsistency(Consistency.STRONG).get("k0")).isEqualTo("v0");
                RegionalTransport regions = context.getBean(RegionalTransport.class);
                assertThat(regions.regions().get(1).requests()).isPositive();
            });
    }

}
