package io.unikv.testserver;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.protocol.ProtocolVersion;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Integration tests for {@link UnikvTest} and {@link UnikvTestExtension}, through
 * Lettuce.
 *
 * @author unikv authors
 */
@UnikvTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UnikvTestExtensionIntegrationTests {

    private static @Nullable UnikvTestServer fromBeforeAll;

    private final UnikvTestServer fromConstructor;

    UnikvTestExtensionIntegrationTests(UnikvTestServer server) {
        this.fromConstructor = server;
    }

    @BeforeAll
    static void rememberServer(UnikvTestServer server) {
        fromBeforeAll = server;
    }

    @Test
    @Order(1)
    void injectsOneRunningServerEverywhere(UnikvTestServer server) {
        assertThat(server).isSameAs(this.fromConstructor).isSameAs(fromBeforeAll);
        assertThat(UnikvTestExtension.serverFor(UnikvTestExtensionIntegrationTests.class)).containsSame(server);
        assertThat(UnikvTestExtension.serverFor(String.class)).isEmpty();
        @Nullable String reply = redis(RedisURI.create(server.redisUri()), (redis) -> {
            assertThat(redis.set("greeting", "hello")).isEqualTo("OK");
            return redis.get("greeting");
        });
        assertThat(reply).isEqualTo("hello");
        server.faults().failNext(5, "ERR injected");
    }

    @Test
    @Order(2)
    void flushesDataAndClearsFaultsBeforeEachTest(UnikvTestServer server) {
        assertThat(keys(server)).isEmpty();
        assertThat(redis(RedisURI.create(server.redisUri()), (redis) -> redis.get("greeting"))).isNull();
    }

    @Test
    @Order(3)
    void advancingTheClockNeedsManualClock(UnikvTestServer server) {
        assertThat(keys(server)).isEmpty();
        assertThatException().isThrownBy(() -> server.advanceClock(Duration.ofSeconds(1)))
            .withMessageContaining("MutableClock");
    }

    static List<String> keys(UnikvTestServer server) {
        return server.direct(DirectAccess::keys);
    }

    static @Nullable String redis(RedisURI uri, Function<RedisCommands<String, String>, @Nullable String> action) {
        uri.setTimeout(Duration.ofSeconds(30));
        RedisClient client = RedisClient.create(uri);
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            return action.apply(connection.sync());
        }
        finally {
            client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
        }
    }

    @Nested
    class SharedWithNestedClasses {

        @Test
        void nestedClassWithoutAnnotationGetsTheEnclosingServer(UnikvTestServer server) {
            assertThat(server).isSameAs(fromBeforeAll);
            assertThat(UnikvTestExtension.serverFor(SharedWithNestedClasses.class)).containsSame(server);
        }

    }

    @Nested
    @UnikvTest(token = "secret", readOnlyToken = "reader")
    class WithTokens {

        @Test
        void requiresAuth(UnikvTestServer server) {
            assertThat(server).isNotSameAs(fromBeforeAll);
            assertThat(UnikvTestExtension.serverFor(WithTokens.class)).containsSame(server);
            // RESP2 without a handshake, so the refusal is the command's own reply
            RedisClient anonymous = RedisClient.create(RedisURI.create(server.redisUri()));
            anonymous.setOptions(ClientOptions.builder()
                .protocolVersion(ProtocolVersion.RESP2)
                .pingBeforeActivateConnection(false)
                .build());
            try (StatefulRedisConnection<String, String> connection = anonymous.connect()) {
                assertThatException().isThrownBy(() -> connection.sync().get("k"))
                    .withMessageStartingWith("NOAUTH Authentication required.");
            }
            finally {
                anonymous.shutdown(Duration.ZERO, Duration.ofSeconds(2));
            }
            assertThat(redis(authenticated(server, "default", "secret"), (redis) -> redis.set("k", "v")))
                .isEqualTo("OK");
        }

        @Test
        void readOnlyTokenMayOnlyRead(UnikvTestServer server) {
            server.direct((direct) -> {
                direct.set("k", "v");
                return null;
            });
            RedisURI reader = authenticated(server, "default_ro", "reader");
            assertThat(redis(reader, (redis) -> redis.get("k"))).isEqualTo("v");
            assertThatException().isThrownBy(() -> redis(reader, (redis) -> redis.set("k", "w")))
                .withMessageContaining("NOPERM");
        }

        private static RedisURI authenticated(UnikvTestServer server, String user, String password) {
            return RedisURI.builder()
                .withHost(server.host())
                .withPort(server.port())
                .withAuthentication(user, password.toCharArray())
                .build();
        }

    }

    @Nested
    @UnikvTest(manualClock = true)
    class WithManualClock {

        private final MutableClock clock;

        WithManualClock(MutableClock clock) {
            this.clock = clock;
        }

        @BeforeEach
        void keysAreFlushed(UnikvTestServer server) {
            assertThat(keys(server)).isEmpty();
        }

        @Test
        void expiresWhenTheClockMoves(UnikvTestServer server, MutableClock clock) {
            assertThat(clock).isSameAs(this.clock);
            RedisURI uri = RedisURI.create(server.redisUri());
            assertThat(redis(uri, (redis) -> redis.set("k", "v", SetArgs.Builder.px(1000)))).isEqualTo("OK");
            long before = clock.millis();
            server.advanceClock(Duration.ofMillis(999));
            assertThat(redis(uri, (redis) -> redis.get("k"))).isEqualTo("v");
            server.advanceClock(Duration.ofSeconds(2));
            assertThat(clock.millis()).isEqualTo(before + 2999);
            assertThat(redis(uri, (redis) -> redis.get("k"))).isNull();
        }

        @Test
        void clockDoesNotMoveByItself(MutableClock clock) {
            long now = clock.millis();
            assertThat(clock.millis()).isEqualTo(now);
        }

    }

    @Nested
    @UnikvTest(manualClock = true, regions = { "us-east-1", "eu-west-1:150ms" })
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class WithRegions {

        @Test
        @Order(1)
        void replicaAppliesAfterItsLag(UnikvTestServer server) {
            RedisURI primary = RedisURI.create(server.redisUri());
            RedisURI replica = RedisURI.create(server.region("eu-west-1").redisUri());
            redis(primary, (redis) -> redis.set("k", "v"));
            server.region("eu-west-1").partition(true);
            server.region("eu-west-1").faults().latency(Duration.ofMillis(1));
            assertThat(redis(replica, (redis) -> redis.get("k"))).isNull();
        }

        @Test
        @Order(2)
        void everyRegionStartsEmptyAndHealthy(UnikvTestServer server) {
            assertThat(server.readyLines()).hasSize(2);
            RedisURI replica = RedisURI.create(server.region("eu-west-1").redisUri());
            server.advanceClock(Duration.ofSeconds(1));
            assertThat(redis(replica, (redis) -> redis.randomkey())).isNull();
            assertThat(redis(replica, (redis) -> redis.info("replication"))).contains("master_link_status:up");
        }

    }

}
