package io.unikv.testserver.internal.commands;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import io.lettuce.core.Consumer;
import io.lettuce.core.Limit;
import io.lettuce.core.Range;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.TransactionResult;
import io.lettuce.core.XAddArgs;
import io.lettuce.core.XAutoClaimArgs;
import io.lettuce.core.XClaimArgs;
import io.lettuce.core.XGroupCreateArgs;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.XReadArgs.StreamOffset;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.models.stream.ClaimedMessages;
import io.lettuce.core.models.stream.PendingMessage;
import io.lettuce.core.output.NestedMultiOutput;
import io.lettuce.core.protocol.CommandArgs;
import io.lettuce.core.protocol.CommandType;
import io.unikv.testserver.MutableClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Streams behaviour the conformance scripts cannot pin down, over real connections with
 * Lettuce: blocking XREAD and XREADGROUP woken by XADD from another connection, their
 * timeouts on a {@link MutableClock}, blocked group readers told when their group or
 * stream goes away, no blocking inside MULTI, and everything that reads the clock (auto
 * IDs, idle times, XCLAIM and XAUTOCLAIM minimum idle times).
 *
 * @author unikv authors
 */
class StreamBlockingIntegrationTests extends BlockingServerSupport {

    @Test
    void xreadBlockWakesOnXaddFromAnotherConnection() throws Exception {
        this.redis.xadd("s", id("1-0"), Map.of("old", "1"));
        RedisFuture<List<StreamMessage<String, String>>> read = connect().async()
            .xread(XReadArgs.Builder.block(0), StreamOffset.latest("s"), StreamOffset.latest("other"));
        awaitBlocked(1);
        assertThat(read.isDone()).isFalse();
        this.redis.xadd("s", id("2-0"), Map.of("new", "2"));
        List<StreamMessage<String, String>> messages = read.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(messages).hasSize(1);
        assertThat(messages.get(0).getStream()).isEqualTo("s");
        assertThat(messages.get(0).getId()).isEqualTo("2-0");
        assertThat(messages.get(0).getBody()).containsExactly(Map.entry("new", "2"));
        awaitBlocked(0);
    }

    @Test
    void xreadBlockOnAMissingStreamWakesWhenItIsCreated() throws Exception {
        RedisFuture<List<StreamMessage<String, String>>> read = connect().async()
            .xread(XReadArgs.Builder.block(0).count(1), StreamOffset.latest("later"));
        awaitBlocked(1);
        this.redis.set("unrelated", "x");
        assertThat(read.isDone()).isFalse();
        this.redis.xadd("later", id("5-0"), Map.of("a", "1"));
        assertThat(read.get(WAIT.toSeconds(), TimeUnit.SECONDS)).extracting(StreamMessage::getId)
            .containsExactly("5-0");
    }

    @Test
    void xreadTimeoutFollowsTheEngineClock() throws Exception {
        RedisFuture<List<StreamMessage<String, String>>> read = connect().async()
            .xread(XReadArgs.Builder.block(2000), StreamOffset.latest("s"));
        awaitBlocked(1);
        this.server.advanceClock(Duration.ofMillis(1999));
        assertThat(read.isDone()).isFalse();
        assertThat(blockedClients()).isOne();
        this.server.advanceClock(Duration.ofMillis(1));
        assertThat(read.get(WAIT.toSeconds(), TimeUnit.SECONDS)).isEmpty();
        awaitBlocked(0);
    }

    @Test
    void xreadgroupBlockDeliversNewEntriesAndRecordsThemAsPending() throws Exception {
        this.redis.xgroupCreate(StreamOffset.from("s", "$"), "g", XGroupCreateArgs.Builder.mkstream());
        RedisFuture<List<StreamMessage<String, String>>> read = connect().async()
            .xreadgroup(Consumer.from("g", "alice"), XReadArgs.Builder.block(0), StreamOffset.lastConsumed("s"));
        awaitBlocked(1);
        this.redis.xadd("s", id("1-0"), Map.of("job", "a"));
        assertThat(read.get(WAIT.toSeconds(), TimeUnit.SECONDS)).extracting(StreamMessage::getId)
            .containsExactly("1-0");
        List<PendingMessage> pending = this.redis.xpending("s", "g", Range.create("-", "+"), Limit.from(10));
        assertThat(pending).singleElement().satisfies((message) -> {
            assertThat(message.getId()).isEqualTo("1-0");
            assertThat(message.getConsumer()).isEqualTo("alice");
            assertThat(message.getRedeliveryCount()).isOne();
        });
    }

    @Test
    void twoBlockedGroupReadersShareNewEntries() throws Exception {
        this.redis.xgroupCreate(StreamOffset.from("s", "$"), "g", XGroupCreateArgs.Builder.mkstream());
        RedisFuture<List<StreamMessage<String, String>>> first = connect().async()
            .xreadgroup(Consumer.from("g", "a"), XReadArgs.Builder.block(0).count(1), StreamOffset.lastConsumed("s"));
        awaitBlocked(1);
        RedisFuture<List<StreamMessage<String, String>>> second = connect().async()
            .xreadgroup(Consumer.from("g", "b"), XReadArgs.Builder.block(0).count(1), StreamOffset.lastConsumed("s"));
        awaitBlocked(2);
        this.redis.xadd("s", id("1-0"), Map.of("n", "1"));
        assertThat(first.get(WAIT.toSeconds(), TimeUnit.SECONDS)).extracting(StreamMessage::getId)
            .containsExactly("1-0");
        awaitBlocked(1);
        assertThat(second.isDone()).isFalse();
        this.redis.xadd("s", id("2-0"), Map.of("n", "2"));
        assertThat(second.get(WAIT.toSeconds(), TimeUnit.SECONDS)).extracting(StreamMessage::getId)
            .containsExactly("2-0");
    }

    @Test
    void groupBookkeepingDoesNotWakeABlockedReaderButTheNextEntryServesFromTheGroupsId() throws Exception {
        this.redis.xadd("s", id("1-0"), Map.of("a", "1"));
        this.redis.xgroupCreate(StreamOffset.from("s", "$"), "g");
        RedisFuture<List<StreamMessage<String, String>>> read = connect().async()
            .xreadgroup(Consumer.from("g", "c"), XReadArgs.Builder.block(0), StreamOffset.lastConsumed("s"));
        awaitBlocked(1);
        // as in Redis, moving the group back does not serve the blocked reader at once
        this.redis.xgroupSetid(StreamOffset.from("s", "0"), "g");
        assertThat(this.redis.ping()).isEqualTo("PONG");
        assertThat(read.isDone()).isFalse();
        this.redis.xadd("s", id("2-0"), Map.of("b", "2"));
        assertThat(read.get(WAIT.toSeconds(), TimeUnit.SECONDS)).extracting(StreamMessage::getId)
            .containsExactly("1-0", "2-0");
    }

    @Test
    void blockedGroupReaderIsToldWhenItsGroupOrStreamGoesAway() {
        this.redis.xgroupCreate(StreamOffset.from("s", "$"), "g", XGroupCreateArgs.Builder.mkstream());
        RedisFuture<List<StreamMessage<String, String>>> read = connect().async()
            .xreadgroup(Consumer.from("g", "c"), XReadArgs.Builder.block(0), StreamOffset.lastConsumed("s"));
        awaitBlocked(1);
        this.redis.xgroupDestroy("s", "g");
        assertThatExceptionOfType(ExecutionException.class)
            .isThrownBy(() -> read.get(WAIT.toSeconds(), TimeUnit.SECONDS))
            .withMessageContaining("NOGROUP the consumer group this client was blocked on no longer exists");
        this.redis.xgroupCreate(StreamOffset.from("s", "$"), "g");
        RedisFuture<List<StreamMessage<String, String>>> again = connect().async()
            .xreadgroup(Consumer.from("g", "c"), XReadArgs.Builder.block(0), StreamOffset.lastConsumed("s"));
        awaitBlocked(1);
        this.redis.del("s");
        assertThatExceptionOfType(ExecutionException.class)
            .isThrownBy(() -> again.get(WAIT.toSeconds(), TimeUnit.SECONDS))
            .withMessageContaining("UNBLOCKED the stream key no longer exists");
    }

    @Test
    void blockingReadsInsideMultiAnswerAtOnce() {
        this.redis.xgroupCreate(StreamOffset.from("s", "$"), "g", XGroupCreateArgs.Builder.mkstream());
        RedisCommands<String, String> tx = connect().sync();
        tx.multi();
        tx.xread(XReadArgs.Builder.block(0), StreamOffset.latest("s"));
        tx.xreadgroup(Consumer.from("g", "c"), XReadArgs.Builder.block(0), StreamOffset.lastConsumed("s"));
        TransactionResult result = tx.exec();
        assertThat(result).hasSize(2);
        assertThat(result.<List<?>>get(0)).isEmpty();
        assertThat(result.<List<?>>get(1)).isEmpty();
        assertThat(blockedClients()).isZero();
    }

    @Test
    void autoIdsComeFromTheEngineClock() {
        long now = START.toEpochMilli();
        assertThat(this.redis.xadd("s", Map.of("a", "1"))).isEqualTo(now + "-0");
        assertThat(this.redis.xadd("s", Map.of("a", "2"))).isEqualTo(now + "-1");
        this.server.advanceClock(Duration.ofMillis(5));
        assertThat(this.redis.xadd("s", Map.of("a", "3"))).isEqualTo((now + 5) + "-0");
        this.redis.xadd("s", id((now + 60_000) + "-0"), Map.of("a", "4"));
        // an entry ahead of the clock: the next auto ID follows it
        assertThat(this.redis.xadd("s", Map.of("a", "5"))).isEqualTo((now + 60_000) + "-1");
    }

    @Test
    void idleTimesAndClaimsFollowTheEngineClock() {
        this.redis.xadd("s", id("1-0"), Map.of("a", "1"));
        this.redis.xadd("s", id("2-0"), Map.of("a", "2"));
        this.redis.xgroupCreate(StreamOffset.from("s", "0"), "g");
        this.redis.xreadgroup(Consumer.from("g", "alice"), StreamOffset.lastConsumed("s"));
        this.server.advanceClock(Duration.ofSeconds(5));
        List<PendingMessage> pending = this.redis.xpending("s", "g", Range.create("-", "+"), Limit.from(10));
        assertThat(pending).extracting(PendingMessage::getMsSinceLastDelivery).containsExactly(5000L, 5000L);
        assertThat(this.redis.xclaim("s", Consumer.from("g", "bob"), XClaimArgs.Builder.minIdleTime(6000), "1-0"))
            .isEmpty();
        assertThat(this.redis.xclaim("s", Consumer.from("g", "bob"), XClaimArgs.Builder.minIdleTime(5000), "1-0"))
            .extracting(StreamMessage::getId)
            .containsExactly("1-0");
        this.server.advanceClock(Duration.ofSeconds(1));
        List<Object> consumers = this.redis.xinfoConsumers("s", "g");
        assertThat(consumers).hasSize(2);
        assertThat(consumers.get(0).toString()).contains("alice").contains("idle, 6000");
        assertThat(consumers.get(1).toString()).contains("bob").contains("idle, 1000");
        ClaimedMessages<String, String> claimed = this.redis.xautoclaim("s",
                XAutoClaimArgs.Builder.xautoclaim(Consumer.from("g", "carol"), 5500, "0"));
        assertThat(claimed.getId()).isEqualTo("0-0");
        assertThat(claimed.getMessages()).extracting(StreamMessage::getId).containsExactly("2-0");
    }

    @Test
    void xinfoStreamFullReportsEngineClockTimes() {
        long start = START.toEpochMilli();
        this.redis.xadd("s", id("1-0"), Map.of("a", "1"));
        this.redis.xgroupCreate(StreamOffset.from("s", "0"), "g");
        this.redis.xreadgroup(Consumer.from("g", "alice"), StreamOffset.lastConsumed("s"));
        this.server.advanceClock(Duration.ofMillis(250));
        this.redis.xclaim("s", Consumer.from("g", "bob"), XClaimArgs.Builder.minIdleTime(0), "1-0");
        List<Object> full = this.redis.dispatch(CommandType.XINFO, new NestedMultiOutput<>(StringCodec.UTF8),
                new CommandArgs<>(StringCodec.UTF8).add("STREAM").addKey("s").add("FULL"));
        assertThat(full.toString()).contains("[1-0, bob, " + (start + 250) + ", 2]")
            .contains("name, alice, seen-time, " + start + ", pel-count, 0")
            .contains("name, bob, seen-time, " + (start + 250) + ", pel-count, 1, pending, [[1-0, " + (start + 250)
                    + ", 2]]");
    }

    private static XAddArgs id(String id) {
        return new XAddArgs().id(id);
    }

}
