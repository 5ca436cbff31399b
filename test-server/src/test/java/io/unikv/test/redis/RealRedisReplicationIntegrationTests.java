package io.unikv.test.redis;

import java.util.List;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.output.StatusOutput;
import io.lettuce.core.protocol.CommandArgs;
import io.lettuce.core.protocol.CommandType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Integration tests for {@link RealRedis} with {@link RedisTopology#REPLICATION}.
 *
 * @author unikv authors
 */
@RealRedis(topology = RedisTopology.REPLICATION)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RealRedisReplicationIntegrationTests {

    private static RedisClient client;

    private static RedisCommands<String, String> primary;

    private static RedisCommands<String, String> replica;

    @BeforeAll
    static void connect(RedisReplication replication) {
        client = RedisClient.create();
        primary = client.connect(replication.primary().redisUri()).sync();
        replica = client.connect(replication.replica().redisUri()).sync();
    }

    @AfterAll
    static void disconnect() {
        client.shutdown();
    }

    @Test
    void replicaServesWritesMadeOnThePrimary(RedisReplication replication) {
        primary.set("city", "Lisbon");
        replication.awaitReplicated();
        assertThat(replica.get("city")).isEqualTo("Lisbon");
    }

    @Test
    void replicaKnowsItsPrimary(RedisReplication replication) {
        List<Object> role = replica.role();
        assertThat(role.get(0)).isEqualTo("slave");
        assertThat(role.get(1)).isEqualTo(replication.primary().host());
        assertThat(role.get(2)).isEqualTo((long) replication.primary().port());
        assertThat(role.get(3)).isEqualTo("connected");
        assertThat(primary.role().get(0)).isEqualTo("master");
    }

    @Test
    void replicaAcceptsDebugSleep() {
        String reply = replica.dispatch(CommandType.DEBUG, new StatusOutput<>(StringCodec.UTF8),
                new CommandArgs<>(StringCodec.UTF8).add("SLEEP").add(0));
        assertThat(reply).isEqualTo("OK");
    }

    @Test
    void replicaRejectsWrites() {
        assertThatExceptionOfType(RedisCommandExecutionException.class).isThrownBy(() -> replica.set("k", "v"))
            .withMessageStartingWith("READONLY");
    }

    @Test
    @Order(1)
    void writesKeyForTheNextTest(RedisReplication replication) {
        primary.set("leftover", "from an earlier test");
        replication.awaitReplicated();
        assertThat(replica.dbsize()).isEqualTo(1);
    }

    @Test
    @Order(2)
    void startsWithAnEmptyKeyspaceOnBothNodes() {
        assertThat(primary.dbsize()).isZero();
        // The fixture waited for the flush to reach the replica before this test began.
        assertThat(replica.dbsize()).isZero();
    }

}
