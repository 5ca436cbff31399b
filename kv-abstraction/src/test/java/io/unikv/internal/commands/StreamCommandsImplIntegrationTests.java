package io.unikv.internal.commands;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.lettuce.core.protocol.ProtocolVersion;
import io.unikv.KvServerException;
import io.unikv.RedisBatch;
import io.unikv.RedisStore;
import io.unikv.codec.KvCodec;
import io.unikv.commands.AutoClaimResult;
import io.unikv.commands.PendingEntry;
import io.unikv.commands.PendingSummary;
import io.unikv.commands.StreamConsumerInfo;
import io.unikv.commands.StreamEntry;
import io.unikv.commands.StreamGroupInfo;
import io.unikv.commands.StreamInfo;
import io.unikv.commands.StreamOffset;
import io.unikv.commands.StreamTrimOptions;
import io.unikv.commands.XAddOptions;
import io.unikv.commands.XClaimOptions;
import io.unikv.commands.XPendingOptions;
import io.unikv.commands.XReadOptions;
import io.unikv.transport.Command;
import io.unikv.transport.Reply;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * {@link StreamCommandsImpl} through a real {@link RedisStore}: the contract every
 * backend meets, run once per backend by the subclasses. Keys read together share a hash
 * tag so the suite also runs on Redis Cluster.
 *
 * @author unikv authors
 */
abstract class StreamCommandsImplIntegrationTests extends BackendTestSupport {

    @Test
    void xaddGeneratesIdsAndKeepsFieldOrder() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("z", "last letter");
        fields.put("a", 1);
        String id = this.store.xadd("s", fields);
        assertThat(id).matches("\\d+-\\d+");
        assertThat(this.store.xadd("s", Map.of("b", 2))).matches("\\d+-\\d+").isNotEqualTo(id);
        List<StreamEntry> entries = this.store.xrange("s", "-", "+");
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0)).isEqualTo(new StreamEntry(id, Map.of("z", "last letter", "a", "1")));
        assertThat(entries.get(0).fields().keySet()).containsExactly("z", "a");
        assertThat(this.store.xlen("s")).isEqualTo(2);
        assertThat(this.store.xlen("missing")).isZero();
    }

    @Test
    void xaddWithExplicitIdsNomkstreamAndTrimming() {
        assertThat(this.store.xadd("s", XAddOptions.none().id("1-1"), Map.of("f", "v"))).isEqualTo("1-1");
        assertThat(this.store.xadd("s", XAddOptions.none().id("1-*"), Map.of("f", "v"))).isEqualTo("1-2");
        assertThat(this.store.xadd("missing", XAddOptions.none().noMkStream(), Map.of("f", "v"))).isNull();
        assertThat(this.store.exists("missing")).isZero();
        this.store.xadd("s", XAddOptions.none().id("2-0").trim(StreamTrimOptions.maxLen(2)), Map.of("f", "v"));
        assertThat(ids(this.store.xrange("s", "-", "+"))).containsExactly("1-2", "2-0");
        this.store.xadd("s", XAddOptions.none().id("3-0").trim(StreamTrimOptions.minId("2-0").approximate()),
                Map.of("f", "v"));
        assertThat(this.store.xlen("s")).isEqualTo(3);
        assertThatExceptionOfType(KvServerException.class)
            .isThrownBy(() -> this.store.xadd("s", XAddOptions.none().id("1-0"), Map.of("f", "v")))
            .withMessageContaining("equal or smaller than the target stream top item");
        assertThatIllegalArgumentException().isThrownBy(() -> this.store.xadd("s", Map.of()));
    }

    @Test
    void rangesInBothDirectionsWithCountsAndExclusiveBounds() {
        for (int i = 1; i <= 5; i++) {
            this.store.xadd("s", XAddOptions.none().id(i + "-0"), Map.of("n", i));
        }
        assertThat(ids(this.store.xrange("s", "2", "4"))).containsExactly("2-0", "3-0", "4-0");
        assertThat(ids(this.store.xrange("s", "(2-0", "+", 2))).containsExactly("3-0", "4-0");
        assertThat(ids(this.store.xrevrange("s", "+", "-", 2))).containsExactly("5-0", "4-0");
        assertThat(ids(this.store.xrevrange("s", "(5-0", "(1-0"))).containsExactly("4-0", "3-0", "2-0");
        assertThat(this.store.xrange("missing", "-", "+")).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> this.store.xrange("s", "-", "+", 0));
    }

    @Test
    void xdelAndXtrim() {
        for (int i = 1; i <= 6; i++) {
            this.store.xadd("s", XAddOptions.none().id(i + "-0"), Map.of("n", i));
        }
        assertThat(this.store.xdel("s", "2-0", "9-0")).isOne();
        assertThat(this.store.xtrim("s", StreamTrimOptions.maxLen(4))).isOne();
        assertThat(this.store.xtrim("s", StreamTrimOptions.minId("4"))).isOne();
        // approximate trimming removes whole nodes (of up to 100 entries) only
        assertThat(this.store.xtrim("s", StreamTrimOptions.maxLen(1).approximate().limit(10))).isZero();
        assertThat(ids(this.store.xrange("s", "-", "+"))).containsExactly("4-0", "5-0", "6-0");
        assertThat(this.store.xtrim("s", StreamTrimOptions.maxLen(0))).isEqualTo(3);
        assertThat(this.store.exists("s")).as("an emptied stream is kept").isOne();
        assertThatExceptionOfType(KvServerException.class)
            .isThrownBy(() -> this.store.xtrim("s", StreamTrimOptions.maxLen(1).limit(5)))
            .withMessageContaining("LIMIT cannot be used without the special ~ option");
    }

    @Test
    void xreadFromSeveralStreams() {
        this.store.xadd("{s}1", XAddOptions.none().id("1-0"), Map.of("a", "1"));
        this.store.xadd("{s}1", XAddOptions.none().id("2-0"), Map.of("a", "2"));
        this.store.xadd("{s}2", XAddOptions.none().id("5-0"), Map.of("b", "1"));
        Map<String, List<StreamEntry>> read = this.store.xread(XReadOptions.none(), StreamOffset.from("{s}1", "1-0"),
                StreamOffset.from("{s}2", "0"), StreamOffset.from("{s}3", "0"));
        assertThat(read).containsOnlyKeys("{s}1", "{s}2");
        assertThat(ids(read.get("{s}1"))).containsExactly("2-0");
        assertThat(read.get("{s}2")).containsExactly(new StreamEntry("5-0", Map.of("b", "1")));
        assertThat(this.store.xread(XReadOptions.none().count(1), StreamOffset.from("{s}1", "0")).get("{s}1"))
            .hasSize(1);
        assertThat(this.store.xread(XReadOptions.none(), StreamOffset.latest("{s}1"))).isEmpty();
        assertThat(this.store.xread(XReadOptions.none(), StreamOffset.from("missing", "0"))).isEmpty();
    }

    @Test
    void xreadReplyShapeFollowsTheProtocol() {
        this.store.xadd("s", XAddOptions.none().id("1-0"), Map.of("a", "1"));
        Reply reply = this.store.execute(Command.read("XREAD", "STREAMS", "s", "0"));
        assertThat(reply)
            .isInstanceOf((protocol() == ProtocolVersion.RESP3) ? Reply.MapReply.class : Reply.Array.class);
    }

    @Test
    void blockingXreadWaitsForAnEntry() {
        assumeBlockingCommands();
        CompletableFuture<Map<String, List<StreamEntry>>> read = this.store.async()
            .xread(XReadOptions.none().block(Duration.ofSeconds(10)), StreamOffset.from("q", "0"));
        RedisStore other = store(KvCodec.string());
        // Whether the entry lands before or after XREAD blocks, XREAD gets it: it reads
        // after 0, not after $.
        other.xadd("q", XAddOptions.none().id("1-0"), Map.of("job", "a"));
        assertThat(ids(read.join().get("q"))).containsExactly("1-0");
        assertThat(this.store.xread(XReadOptions.none().block(Duration.ofMillis(50)), StreamOffset.latest("q")))
            .isEmpty();
    }

    @Test
    void blockingXreadgroupWaitsForAnEntry() {
        assumeBlockingCommands();
        this.store.xgroupCreate("q", "g", "$", true);
        CompletableFuture<Map<String, List<StreamEntry>>> read = this.store.async()
            .xreadgroup("g", "alice", XReadOptions.none().block(Duration.ofSeconds(10)), StreamOffset.undelivered("q"));
        store(KvCodec.string()).xadd("q", XAddOptions.none().id("1-0"), Map.of("job", "a"));
        assertThat(ids(read.join().get("q"))).containsExactly("1-0");
        assertThat(this.store.xpending("q", "g").consumers()).containsExactly(Map.entry("alice", 1L));
    }

    @Test
    void blockingReadDoesNotHoldUpTheStoresOtherCommands() {
        assumeBlockingCommands();
        this.store.set("{q}other", "v");
        CompletableFuture<Map<String, List<StreamEntry>>> read = this.store.async()
            .xread(XReadOptions.none().block(Duration.ofSeconds(30)), StreamOffset.from("{q}s", "0"));
        // Redis answers a connection's commands in order: these would wait behind XREAD
        // if it ran on the connection the store shares between callers.
        assertThat(this.store.get("{q}other")).isEqualTo("v");
        this.store.xadd("{q}s", XAddOptions.none().id("1-0"), Map.of("a", "1"));
        assertThat(ids(read.join().get("{q}s"))).containsExactly("1-0");
    }

    @Test
    void consumerGroupLifecycle() {
        for (int i = 1; i <= 4; i++) {
            this.store.xadd("s", XAddOptions.none().id(i + "-0"), Map.of("n", i));
        }
        this.store.xgroupCreate("s", "g", "0", false);
        assertThatExceptionOfType(KvServerException.class)
            .isThrownBy(() -> this.store.xgroupCreate("s", "g", "0", false))
            .withMessageStartingWith("BUSYGROUP");
        assertThatExceptionOfType(KvServerException.class)
            .isThrownBy(() -> this.store.xgroupCreate("nokey", "g", "$", false));
        Map<String, List<StreamEntry>> first = this.store.xreadgroup("g", "alice", XReadOptions.none().count(2),
                StreamOffset.undelivered("s"));
        assertThat(ids(first.get("s"))).containsExactly("1-0", "2-0");
        this.store.xreadgroup("g", "bob", XReadOptions.none().count(1), StreamOffset.undelivered("s"));
        this.store.xreadgroup("g", "carol", XReadOptions.none().noAck(), StreamOffset.undelivered("s"));
        assertThat(this.store.xpending("s", "g"))
            .isEqualTo(new PendingSummary(3, "1-0", "3-0", Map.of("alice", 2L, "bob", 1L)));
        assertThat(ids(this.store.xreadgroup("g", "alice", XReadOptions.none(), StreamOffset.from("s", "0")).get("s")))
            .as("alice's history")
            .containsExactly("1-0", "2-0");
        List<PendingEntry> pending = this.store.xpending("s", "g", XPendingOptions.first(10).consumer("alice"));
        assertThat(pending).extracting(PendingEntry::id).containsExactly("1-0", "2-0");
        assertThat(pending).extracting(PendingEntry::deliveryCount).containsExactly(2L, 2L);
        assertThat(this.store.xpending("s", "g", XPendingOptions.range("2", "+", 1))).extracting(PendingEntry::id)
            .containsExactly("2-0");
        assertThat(this.store.xpending("s", "g", XPendingOptions.first(10).minIdle(Duration.ofHours(1)))).isEmpty();
        assertThat(this.store.xack("s", "g", "1-0", "9-0")).isOne();
        assertThat(this.store.xack("s", "nogroup", "2-0")).isZero();
        assertThat(this.store.xgroupCreateConsumer("s", "g", "dave")).isTrue();
        assertThat(this.store.xgroupCreateConsumer("s", "g", "dave")).isFalse();
        assertThat(this.store.xgroupDelConsumer("s", "g", "bob")).isOne();
        this.store.xgroupSetId("s", "g", "0");
        assertThat(this.store.xgroupDestroy("s", "g")).isTrue();
        assertThat(this.store.xgroupDestroy("s", "g")).isFalse();
        assertThatExceptionOfType(KvServerException.class)
            .isThrownBy(() -> this.store.xreadgroup("g", "alice", XReadOptions.none(), StreamOffset.undelivered("s")))
            .withMessageStartingWith("NOGROUP");
    }

    @Test
    void claimingPendingEntries() {
        for (int i = 1; i <= 3; i++) {
            this.store.xadd("s", XAddOptions.none().id(i + "-0"), Map.of("n", i));
        }
        this.store.xgroupCreate("s", "g", "0", false);
        this.store.xreadgroup("g", "alice", XReadOptions.none(), StreamOffset.undelivered("s"));
        assertThat(this.store.xclaim("s", "g", "bob", Duration.ofHours(1), XClaimOptions.none(), "1-0")).isEmpty();
        assertThat(this.store.xclaim("s", "g", "bob", Duration.ZERO, XClaimOptions.none(), "1-0"))
            .containsExactly(new StreamEntry("1-0", Map.of("n", "1")));
        assertThat(this.store.xclaimJustId("s", "g", "bob", Duration.ZERO, XClaimOptions.none().retryCount(7), "2-0"))
            .containsExactly("2-0");
        assertThat(this.store.xpending("s", "g", XPendingOptions.first(10)))
            .extracting(PendingEntry::consumer, PendingEntry::deliveryCount)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("bob", 2L),
                    org.assertj.core.groups.Tuple.tuple("bob", 7L), org.assertj.core.groups.Tuple.tuple("alice", 1L));
        this.store.xdel("s", "2-0");
        AutoClaimResult first = this.store.xautoclaim("s", "g", "carol", Duration.ZERO, "0", 1);
        assertThat(first.nextStart()).isEqualTo("2-0");
        assertThat(ids(first.claimed())).containsExactly("1-0");
        AutoClaimResult rest = this.store.xautoclaim("s", "g", "carol", Duration.ZERO, first.nextStart(), 10);
        assertThat(rest.nextStart()).isEqualTo("0-0");
        assertThat(ids(rest.claimed())).containsExactly("3-0");
        assertThat(rest.deletedIds()).containsExactly("2-0");
        assertThat(this.store.xpending("s", "g").consumers()).containsExactly(Map.entry("carol", 2L));
    }

    @Test
    void xinfo() {
        this.store.xadd("s", XAddOptions.none().id("1-0"), Map.of("a", "1"));
        this.store.xadd("s", XAddOptions.none().id("2-0"), Map.of("b", "2"));
        this.store.xdel("s", "2-0");
        this.store.xgroupCreate("s", "g", "0", false);
        this.store.xreadgroup("g", "alice", XReadOptions.none(), StreamOffset.undelivered("s"));
        StreamInfo info = this.store.xinfoStream("s");
        assertThat(info).isEqualTo(new StreamInfo(1, 1, 2, "2-0", "2-0", 2, "1-0", 1,
                new StreamEntry("1-0", Map.of("a", "1")), new StreamEntry("1-0", Map.of("a", "1"))));
        assertThat(this.store.xinfoGroups("s")).containsExactly(new StreamGroupInfo("g", 1, 1, "1-0", null, null));
        List<StreamConsumerInfo> consumers = this.store.xinfoConsumers("s", "g");
        assertThat(consumers).singleElement().satisfies((consumer) -> {
            assertThat(consumer.name()).isEqualTo("alice");
            assertThat(consumer.pending()).isOne();
            assertThat(consumer.idle()).isLessThan(Duration.ofMinutes(1));
        });
        assertThatExceptionOfType(KvServerException.class).isThrownBy(() -> this.store.xinfoStream("missing"))
            .withMessage("ERR no such key");
    }

    @Test
    void wrongTypeAndPipelines() {
        this.store.set("str", "x");
        assertThatExceptionOfType(KvServerException.class).isThrownBy(() -> this.store.xlen("str"))
            .withMessageStartingWith("WRONGTYPE");
        RedisBatch batch = this.store.pipeline();
        CompletableFuture<String> added = batch.xadd("p", XAddOptions.none().id("1-0"), Map.of("a", "1"));
        CompletableFuture<Long> length = batch.xlen("p");
        CompletableFuture<List<StreamEntry>> range = batch.xrange("p", "-", "+");
        batch.exec();
        assertThat(added.join()).isEqualTo("1-0");
        assertThat(length.join()).isOne();
        assertThat(ids(range.join())).containsExactly("1-0");
    }

    private static List<String> ids(List<StreamEntry> entries) {
        return entries.stream().map(StreamEntry::id).toList();
    }

}
