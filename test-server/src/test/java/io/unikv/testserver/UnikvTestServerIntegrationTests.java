package io.unikv.testserver;

import java.time.Duration;
import java.time.Instant;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The programmatic API of {@link UnikvTestServer}: direct data access, a clock tests
 * move, and fault injection, checked through a real client.
 *
 * @author unikv authors
 */
class UnikvTestServerIntegrationTests {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

    private UnikvTestServer server;

    private RedisClient client;

    private StatefulRedisConnection<String, String> connection;

    private RedisCommands<String, String> redis;

    @BeforeEach
    void start() {
        this.server = UnikvTestServer.builder().withoutHttp().clock(this.clock).start();
        this.client = RedisClient.create(RedisURI.create(this.server.redisUri()));
        this.connection = this.client.connect();
        this.redis = this.connection.sync();
    }

    @AfterEach
    void stop() {
        this.connection.close();
        this.client.shutdown();
        this.server.close();
    }

    @Test
    void directAccessSeesWhatClientsWrite() {
        this.redis.set("from-client", "a");
        String fromClient = this.server.direct((data) -> data.get("from-client"));
        assertThat(fromClient).isEqualTo("a");
        this.server.direct((data) -> {
            data.set("from-test", "b");
            data.select(3).set("in-db3", "c");
            return null;
        });
        assertThat(this.redis.get("from-test")).isEqualTo("b");
        java.util.List<String> keys = this.server.direct((data) -> data.keys());
        assertThat(keys).containsExactly("from-client", "from-test");
        String type = this.server.direct((data) -> data.select(3).type("in-db3"));
        assertThat(type).isEqualTo("string");
        String none = this.server.direct((data) -> data.type("nothing"));
        assertThat(none).isEqualTo("none");
    }

    @Test
    void advancingTheClockExpiresKeysLazilyAndActively() {
        this.redis.setex("short", 10, "v");
        this.redis.set("long", "v");
        this.redis.pexpire("long", 60_000);
        assertThat(this.redis.ttl("short")).isEqualTo(10);
        this.server.advanceClock(Duration.ofSeconds(9));
        assertThat(this.redis.ttl("short")).isEqualTo(1);
        this.server.advanceClock(Duration.ofSeconds(2));
        // active expiry reclaimed it during advanceClock: DBSIZE no longer counts it
        assertThat(this.redis.dbsize()).isEqualTo(1);
        assertThat(this.redis.get("short")).isNull();
        Instant expiry = this.server.direct((data) -> data.expiry("long"));
        assertThat(expiry).isEqualTo(Instant.parse("2026-01-01T00:01:00Z"));
        assertThat(this.redis.time().get(0)).isEqualTo(Long.toString(this.clock.millis() / 1000));
    }

    @Test
    void advanceClockNeedsAMutableClock() {
        try (UnikvTestServer real = UnikvTestServer.builder().withoutHttp().start()) {
            assertThatIllegalStateException().isThrownBy(() -> real.advanceClock(Duration.ofSeconds(1)))
                .withMessageContaining("MutableClock");
        }
    }

    @Test
    void failNextAnswersWithTheInjectedErrorWithoutExecuting() {
        this.server.faults().failNext(2, "ERR injected fault");
        assertThatExceptionOfType(RedisCommandExecutionException.class).isThrownBy(() -> this.redis.set("a", "1"))
            .withMessage("ERR injected fault");
        assertThatExceptionOfType(RedisCommandExecutionException.class).isThrownBy(() -> this.redis.incr("n"))
            .withMessage("ERR injected fault");
        assertThat(this.redis.exists("a", "n")).isZero();
        assertThat(this.redis.set("a", "1")).isEqualTo("OK");
    }

    @Test
    void dropConnectionAfterNextExecutesButNeverReplies() {
        // Lettuce re-sends queued commands after reconnecting (at-least-once): switch
        // that off
        this.client.setOptions(ClientOptions.builder().autoReconnect(false).build());
        StatefulRedisConnection<String, String> once = this.client.connect();
        this.server.faults().dropConnectionAfterNext(1);
        assertThatExceptionOfType(RedisException.class).isThrownBy(() -> once.sync().set("applied", "yes"));
        assertThat(once.isOpen()).isFalse();
        String applied = this.server.direct((data) -> data.get("applied"));
        assertThat(applied).isEqualTo("yes");
    }

    @Test
    void latencyDelaysReplies() {
        this.server.faults().latency(Duration.ofMillis(300));
        long start = System.nanoTime();
        assertThat(this.redis.ping()).isEqualTo("PONG");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        this.server.faults().clear();
        assertThat(this.redis.ping()).isEqualTo("PONG");
    }

}
