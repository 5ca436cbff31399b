package io.unikv.test.redis;

import java.nio.file.Path;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * Integration tests for {@link RealRedis} with {@link RedisTopology#STANDALONE}.
 *
 * @author unikv authors
 */
@RealRedis
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RealRedisStandaloneIntegrationTests {

    private static RedisClient client;

    private static StatefulRedisConnection<String, String> connection;

    @BeforeAll
    static void connect(RedisNode node) {
        client = RedisClient.create(node.redisUri());
        connection = client.connect();
    }

    @AfterAll
    static void disconnect() {
        client.shutdown();
    }

    @Test
    void nodeIsOnLoopback(RedisNode node) {
        assertThat(node.host()).isEqualTo("127.0.0.1");
        assertThat(node.port()).isPositive();
        assertThat(node.uri()).isEqualTo("redis://127.0.0.1:" + node.port());
        assertThat(node.redisUri().getPort()).isEqualTo(node.port());
    }

    @Test
    void setThenGetRoundTrips() {
        RedisCommands<String, String> redis = connection.sync();
        assertThat(redis.set("greeting", "hello")).isEqualTo("OK");
        assertThat(redis.get("greeting")).isEqualTo("hello");
    }

    @Test
    void persistenceIsDisabled() {
        RedisCommands<String, String> redis = connection.sync();
        assertThat(redis.configGet("save")).containsExactly(entry("save", ""));
        assertThat(redis.configGet("appendonly")).containsExactly(entry("appendonly", "no"));
        Path dir = Path.of(redis.configGet("dir").get("dir"));
        assertThat(dir).isDirectory().isEmptyDirectory();
        assertThat(dir.getFileName().toString())
            .startsWith("unikv-redis-" + connection.sync().configGet("port").get("port"));
    }

    @Test
    @Order(1)
    void writesKeyForTheNextTest() {
        connection.sync().set("leftover", "from an earlier test");
        assertThat(connection.sync().dbsize()).isEqualTo(1);
    }

    @Test
    @Order(2)
    void startsWithAnEmptyKeyspace() {
        assertThat(connection.sync().exists("leftover")).isZero();
        assertThat(connection.sync().dbsize()).isZero();
    }

}
