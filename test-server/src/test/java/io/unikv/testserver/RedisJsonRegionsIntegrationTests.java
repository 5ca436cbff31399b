package io.unikv.testserver;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Protocol;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.json.JsonProtocol;
import redis.clients.jedis.json.Path2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * RedisJSON documents across regions and the command table: in-place edits of a document
 * reach replicas as effects after their lag, replicas refuse JSON writes like any write,
 * and {@code COMMAND GETKEYS} finds the keys of the multi-key JSON commands (what cluster
 * clients route on).
 *
 * @author unikv authors
 */
class RedisJsonRegionsIntegrationTests {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

    private UnikvTestServer server;

    private final List<UnifiedJedis> clients = new ArrayList<>();

    @BeforeEach
    void start() {
        this.server = UnikvTestServer.builder()
            .withoutHttp()
            .token("t")
            .clock(this.clock)
            .regions("us-east-1", "eu-west-1:100ms")
            .start();
    }

    @AfterEach
    void stop() {
        this.clients.forEach(UnifiedJedis::close);
        this.server.close();
    }

    private UnifiedJedis jedis(TestServerRegion region) {
        UnifiedJedis jedis = new UnifiedJedis(new HostAndPort("127.0.0.1", region.port()),
                DefaultJedisClientConfig.builder().password("t").build());
        this.clients.add(jedis);
        return jedis;
    }

    @Test
    void inPlaceEditsReplicateAfterTheLag() {
        UnifiedJedis primary = jedis(this.server.primary());
        UnifiedJedis eu = jedis(this.server.region("eu-west-1"));
        primary.jsonSet("doc", Path2.ROOT_PATH, "{\"n\":1,\"arr\":[]}");
        this.server.advanceClock(Duration.ofMillis(100));
        assertThat(get(eu, "$")).isEqualTo("[{\"n\":1,\"arr\":[]}]");
        primary.jsonNumIncrBy("doc", Path2.of("$.n"), 1);
        primary.jsonArrAppend("doc", Path2.of("$.arr"), "\"x\"");
        assertThat(get(eu, "$.arr")).isEqualTo("[[]]");
        this.server.advanceClock(Duration.ofMillis(100));
        // Jedis sends the increment as 1.0, so the number became a float
        assertThat(get(eu, ".")).isEqualTo("{\"n\":2.0,\"arr\":[\"x\"]}");
        assertThat(eu.type("doc")).isEqualTo("ReJSON-RL");
        primary.jsonDel("doc", Path2.ROOT_PATH);
        this.server.advanceClock(Duration.ofMillis(100));
        assertThat(eu.exists("doc")).isFalse();
    }

    @Test
    void replicasRefuseJsonWrites() {
        UnifiedJedis eu = jedis(this.server.region("eu-west-1"));
        assertThatExceptionOfType(JedisDataException.class).isThrownBy(() -> eu.jsonSet("doc", Path2.ROOT_PATH, "{}"))
            .withMessage("READONLY You can't write against a read only replica.");
    }

    @Test
    void commandGetkeysFindsTheKeysOfMultiKeyJsonCommands() {
        UnifiedJedis primary = jedis(this.server.primary());
        assertThat(getkeys(primary, "JSON.MGET", "a", "b", "$")).containsExactly("a", "b");
        assertThat(getkeys(primary, "JSON.MSET", "a", "$", "1", "b", "$.x", "2")).containsExactly("a", "b");
        assertThat(getkeys(primary, "JSON.SET", "a", "$", "1")).containsExactly("a");
        assertThat(getkeys(primary, "JSON.GET", "a", "$.x", "$.y")).containsExactly("a");
    }

    private static String get(UnifiedJedis jedis, String path) {
        return new String((byte[]) jedis.sendCommand(JsonProtocol.JsonCommand.GET, "doc", path),
                StandardCharsets.UTF_8);
    }

    private static List<String> getkeys(UnifiedJedis jedis, String... command) {
        String[] args = new String[command.length + 1];
        args[0] = "GETKEYS";
        System.arraycopy(command, 0, args, 1, command.length);
        List<String> keys = new ArrayList<>();
        for (Object key : (List<?>) jedis.sendCommand(Protocol.Command.COMMAND, args)) {
            keys.add(new String((byte[]) key, StandardCharsets.UTF_8));
        }
        return keys;
    }

}
