package io.unikv.testserver;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.lettuce.core.GeoArgs;
import io.lettuce.core.GeoRadiusStoreArgs;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Bitmaps, HyperLogLog and geo across regions: replicas receive the values the primary
 * holds (an HLL's cached cardinality, rewritten by PFCOUNT, included), and refuse the geo
 * commands Redis flags as writes while serving their read-only forms.
 *
 * @author unikv authors
 */
class BitsRegionsIntegrationTests {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

    private UnikvTestServer server;

    private RedisClient client;

    @BeforeEach
    void start() {
        this.server = UnikvTestServer.builder()
            .token("t")
            .clock(this.clock)
            .regions("us-east-1", "eu-west-1:100ms")
            .start();
        this.client = RedisClient.create();
    }

    @AfterEach
    void stop() {
        this.client.shutdown();
        this.server.close();
    }

    @Test
    void hyperLogLogBytesReachTheReplicaWithTheCachedCardinality() {
        RedisCommands<byte[], byte[]> primary = redis(this.server.primary());
        RedisCommands<byte[], byte[]> replica = redis(this.server.region("eu-west-1"));
        primary.pfadd(bytes("h"), bytes("a"), bytes("b"), bytes("c"));
        assertThat(primary.pfcount(bytes("h"))).isEqualTo(3);
        byte[] cached = primary.get(bytes("h"));
        assertThat(cached[15] & 0x80).as("cache valid after PFCOUNT").isZero();
        this.server.advanceClock(Duration.ofMillis(100));
        assertThat(replica.get(bytes("h"))).isEqualTo(cached);
        assertThat(replica.pfcount(bytes("h"))).isEqualTo(3);
    }

    @Test
    void bitmapsAndGeoReachTheReplica() {
        RedisCommands<byte[], byte[]> primary = redis(this.server.primary());
        RedisCommands<byte[], byte[]> replica = redis(this.server.region("eu-west-1"));
        primary.setbit(bytes("b"), 9, 1);
        primary.geoadd(bytes("g"), 13.361389, 38.115556, bytes("Palermo"));
        assertThat(replica.getbit(bytes("b"), 9)).isZero();
        this.server.advanceClock(Duration.ofMillis(100));
        assertThat(replica.getbit(bytes("b"), 9)).isOne();
        assertThat(replica.bitcount(bytes("b"))).isOne();
        // Lettuce sends GEORADIUS_RO for a search that stores nothing
        assertThat(replica.georadius(bytes("g"), 13.36, 38.11, 10, GeoArgs.Unit.km)).hasSize(1);
        assertThatExceptionOfType(RedisCommandExecutionException.class).isThrownBy(() -> replica.georadius(bytes("g"),
                13.36, 38.11, 10, GeoArgs.Unit.km, new GeoRadiusStoreArgs<byte[]>().withStore(bytes("dst"))))
            .withMessageStartingWith("READONLY");
        assertThatExceptionOfType(RedisCommandExecutionException.class)
            .isThrownBy(() -> replica.setbit(bytes("b"), 1, 1))
            .withMessageStartingWith("READONLY");
        assertThat(List.copyOf(replica.geohash(bytes("g"), bytes("Palermo")))).hasSize(1);
    }

    private RedisCommands<byte[], byte[]> redis(TestServerRegion region) {
        RedisURI uri = RedisURI.builder()
            .withHost("127.0.0.1")
            .withPort(region.port())
            .withPassword("t".toCharArray())
            .build();
        return this.client.connect(ByteArrayCodec.INSTANCE, uri).sync();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

}
