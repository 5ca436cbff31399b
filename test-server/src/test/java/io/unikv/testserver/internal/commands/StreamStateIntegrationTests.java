package io.unikv.testserver.internal.commands;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.lettuce.core.Consumer;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.XAddArgs;
import io.lettuce.core.XClaimArgs;
import io.lettuce.core.XReadArgs.StreamOffset;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.models.stream.PendingMessages;
import io.unikv.testserver.MutableClock;
import io.unikv.testserver.TestServerRegion;
import io.unikv.testserver.UnikvTestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How stream changes are signalled, as in Redis 7.0: XADD, XDEL and XTRIM invalidate a
 * WATCH while consumer group bookkeeping (XREADGROUP, XACK, XCLAIM, XGROUP ...) does not,
 * yet every change, group state included, reaches replicas.
 *
 * @author unikv authors
 */
class StreamStateIntegrationTests {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

    private UnikvTestServer server;

    private RedisClient client;

    @BeforeEach
    void start() {
        this.server = UnikvTestServer.builder()
            .withoutHttp()
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
    void groupBookkeepingDoesNotInvalidateWatchButEntriesDo() {
        RedisCommands<String, String> watcher = redis(this.server.primary());
        RedisCommands<String, String> other = redis(this.server.primary());
        other.xadd("s", new XAddArgs().id("1-0"), Map.of("a", "1"));
        other.xgroupCreate(StreamOffset.from("s", "0"), "g");
        assertThat(execAfter(watcher, () -> other.xreadgroup(Consumer.from("g", "c"), StreamOffset.lastConsumed("s"))))
            .isTrue();
        assertThat(execAfter(watcher, () -> other.xack("s", "g", "1-0"))).isTrue();
        assertThat(execAfter(watcher,
                () -> other.xclaim("s", Consumer.from("g", "d"), XClaimArgs.Builder.minIdleTime(0), "1-0")))
            .isTrue();
        assertThat(execAfter(watcher, () -> other.xgroupSetid(StreamOffset.from("s", "0"), "g"))).isTrue();
        assertThat(execAfter(watcher, () -> other.xgroupDestroy("s", "g"))).isTrue();
        assertThat(execAfter(watcher, () -> other.xdel("s", "9-0"))).as("nothing deleted").isTrue();
        assertThat(execAfter(watcher, () -> other.xadd("s", new XAddArgs().id("2-0"), Map.of("a", "2")))).isFalse();
        assertThat(execAfter(watcher, () -> other.xdel("s", "1-0"))).isFalse();
    }

    @Test
    void streamsAndGroupStateReplicate() {
        RedisCommands<String, String> primary = redis(this.server.primary());
        RedisCommands<String, String> eu = redis(this.server.region("eu-west-1"));
        primary.xadd("s", new XAddArgs().id("1-0"), Map.of("a", "1"));
        primary.xadd("s", new XAddArgs().id("2-0"), Map.of("a", "2"));
        primary.xgroupCreate(StreamOffset.from("s", "0"), "g");
        primary.xreadgroup(Consumer.from("g", "alice"), StreamOffset.lastConsumed("s"));
        primary.xack("s", "g", "1-0");
        assertThat(eu.exists("s")).isZero();
        this.server.advanceClock(Duration.ofMillis(100));
        assertThat(eu.xlen("s")).isEqualTo(2);
        PendingMessages pending = eu.xpending("s", "g");
        assertThat(pending.getCount()).isOne();
        assertThat(pending.getConsumerMessageCount()).containsExactly(Map.entry("alice", 1L));
        // the replica holds its own copy: acknowledging on the primary does not reach it
        // early
        primary.xack("s", "g", "2-0");
        assertThat(eu.xpending("s", "g").getCount()).isOne();
        this.server.advanceClock(Duration.ofMillis(100));
        assertThat(eu.xpending("s", "g").getCount()).isZero();
        List<Object> groups = eu.xinfoGroups("s");
        assertThat(groups.toString()).contains("last-delivered-id, 2-0");
    }

    private static boolean execAfter(RedisCommands<String, String> watcher, Runnable change) {
        watcher.watch("s");
        change.run();
        watcher.multi();
        watcher.ping();
        return !watcher.exec().wasDiscarded();
    }

    private RedisCommands<String, String> redis(TestServerRegion region) {
        return this.client.connect(RedisURI.create(region.redisUri())).sync();
    }

}
