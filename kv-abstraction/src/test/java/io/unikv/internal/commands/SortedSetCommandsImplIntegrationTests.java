package io.unikv.internal.commands;

import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import io.lettuce.core.protocol.ProtocolVersion;
import io.unikv.KvServerException;
import io.unikv.RedisBatch;
import io.unikv.RedisStore;
import io.unikv.codec.KvCodec;
import io.unikv.commands.LexBound;
import io.unikv.commands.ScanOptions;
import io.unikv.commands.ScanResult;
import io.unikv.commands.ScoreBound;
import io.unikv.commands.ScoredValue;
import io.unikv.commands.ZAddOptions;
import io.unikv.commands.ZAggregate;
import io.unikv.commands.ZAggregateOptions;
import io.unikv.commands.ZPopResult;
import io.unikv.commands.ZPopSide;
import io.unikv.commands.ZRangeSpec;
import io.unikv.transport.Command;
import io.unikv.transport.Reply;
import io.unikv.transport.Transport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * {@link SortedSetCommandsImpl} through a real {@link RedisStore}: the contract every
 * backend meets, run once per backend by the subclasses.
 *
 * @author unikv authors
 */
abstract class SortedSetCommandsImplIntegrationTests extends BackendTestSupport {

    private void abc(String key) {
        Map<String, Double> members = new LinkedHashMap<>();
        members.put("a", 1.0);
        members.put("b", 2.5);
        members.put("c", 3.0);
        this.store.zadd(key, members);
    }

    private static ScoredValue<String> sv(String value, double score) {
        return new ScoredValue<>(value, score);
    }

    @Test
    void scoreReplyShapeFollowsTheProtocol() {
        this.store.zadd("z", 1.5, "a");
        Reply reply = this.store.execute(Command.read("ZSCORE", "z", "a"));
        assertThat(reply).isInstanceOf((protocol() == ProtocolVersion.RESP3) ? Reply.Double.class : Reply.Bulk.class);
        Reply pairs = this.store.execute(Command.read("ZRANGE", "z", 0, -1, "WITHSCORES"));
        assertThat(pairs.asList().get(0))
            .isInstanceOf((protocol() == ProtocolVersion.RESP3) ? Reply.Array.class : Reply.Bulk.class);
    }

    @Test
    void zaddSingleAndWithOptions() {
        assertThat(this.store.zadd("z", 1, "a")).isTrue();
        assertThat(this.store.zadd("z", 2, "a")).isFalse();
        assertThat(this.store.zadd("z", 5, "a", ZAddOptions.none().nx())).isFalse();
        assertThat(this.store.zscore("z", "a")).isEqualTo(2.0);
        assertThat(this.store.zadd("z", 1, "a", ZAddOptions.none().gt().ch())).isFalse();
        assertThat(this.store.zadd("z", 3, "a", ZAddOptions.none().gt().ch())).isTrue();
        assertThat(this.store.zadd("z", 9, "new", ZAddOptions.none().xx())).isFalse();
        assertThat(this.store.zscore("z", "new")).isNull();
        assertThat(this.store.zadd("z", Double.POSITIVE_INFINITY, "inf")).isTrue();
        assertThat(this.store.zscore("z", "inf")).isEqualTo(Double.POSITIVE_INFINITY);
        assertThatIllegalArgumentException().isThrownBy(() -> this.store.zadd("z", Double.NaN, "nan"));
    }

    @Test
    void zaddMapAndWithOptions() {
        abc("z");
        assertThat(this.store.zcard("z")).isEqualTo(3);
        Map<String, Double> update = new LinkedHashMap<>();
        update.put("a", 10.0);
        update.put("d", 4.0);
        assertThat(this.store.zadd("z", update, ZAddOptions.none().ch())).isEqualTo(2);
        assertThat(this.store.zadd("z", Map.of("a", 0.5, "e", 1.0), ZAddOptions.none().xx())).isZero();
        assertThat(this.store.zscore("z", "a")).isEqualTo(0.5);
        assertThat(this.store.zscore("z", "e")).isNull();
    }

    @Test
    void zaddIncrAndZincrBy() {
        assertThat(this.store.zaddIncr("z", 1.5, "a", ZAddOptions.none())).isEqualTo(1.5);
        assertThat(this.store.zaddIncr("z", 1, "a", ZAddOptions.none().nx())).isNull();
        assertThat(this.store.zaddIncr("z", -0.25, "a", ZAddOptions.none().xx())).isEqualTo(1.25);
        assertThat(this.store.zincrBy("z", 2, "a")).isEqualTo(3.25);
        assertThat(this.store.zincrBy("z", -1, "b")).isEqualTo(-1.0);
        this.store.zadd("z", Double.POSITIVE_INFINITY, "i");
        assertThatExceptionOfType(KvServerException.class)
            .isThrownBy(() -> this.store.zincrBy("z", Double.NEGATIVE_INFINITY, "i"))
            .withMessageContaining("NaN");
    }

    @Test
    void scoresAndRanks() {
        abc("z");
        assertThat(this.store.zscore("z", "b")).isEqualTo(2.5);
        assertThat(this.store.zscore("missing", "b")).isNull();
        assertThat(this.store.zmscore("z", "a", "x", "c")).containsExactly(1.0, null, 3.0);
        assertThat(this.store.zrank("z", "c")).isEqualTo(2);
        assertThat(this.store.zrevRank("z", "c")).isZero();
        assertThat(this.store.zrank("z", "x")).isNull();
        assertThat(this.store.zrevRank("missing", "x")).isNull();
    }

    @Test
    void zremAndZcard() {
        abc("z");
        assertThat(this.store.zrem("z", "a", "x")).isEqualTo(1);
        assertThat(this.store.zcard("z")).isEqualTo(2);
        assertThat(this.store.zrem("z", "b", "c")).isEqualTo(2);
        assertThat(this.store.zcard("z")).isZero();
    }

    @Test
    void counts() {
        abc("z");
        assertThat(this.store.zcount("z", ScoreBound.NEGATIVE_INFINITY, ScoreBound.POSITIVE_INFINITY)).isEqualTo(3);
        assertThat(this.store.zcount("z", ScoreBound.exclusive(1), ScoreBound.inclusive(3))).isEqualTo(2);
        this.store.zadd("lex", Map.of("a", 0.0, "b", 0.0, "c", 0.0, "d", 0.0));
        assertThat(this.store.zlexCount("lex", LexBound.NEGATIVE_INFINITY, LexBound.POSITIVE_INFINITY)).isEqualTo(4);
        assertThat(this.store.zlexCount("lex", LexBound.inclusive("b"), LexBound.exclusive("d"))).isEqualTo(2);
    }

    @Test
    void zrangeByIndexScoreAndLex() {
        abc("z");
        assertThat(this.store.zrange("z", ZRangeSpec.all())).containsExactly("a", "b", "c");
        assertThat(this.store.zrange("z", ZRangeSpec.byIndex(0, 1).reversed())).containsExactly("c", "b");
        assertThat(this.store.zrange("z", ZRangeSpec.byScore(ScoreBound.exclusive(1), ScoreBound.POSITIVE_INFINITY)))
            .containsExactly("b", "c");
        assertThat(this.store.zrange("z",
                ZRangeSpec.byScore(ScoreBound.NEGATIVE_INFINITY, ScoreBound.POSITIVE_INFINITY).reversed().limit(1, 1)))
            .containsExactly("b");
        this.store.zadd("lex", Map.of("a", 0.0, "b", 0.0, "c", 0.0));
        assertThat(this.store.zrange("lex", ZRangeSpec.byLex(LexBound.exclusive("a"), LexBound.POSITIVE_INFINITY)))
            .containsExactly("b", "c");
        assertThat(this.store.zrange("missing", ZRangeSpec.all())).isEmpty();
    }

    @Test
    void zrangeAsType() {
        this.store.zadd("z", Map.of(10, 1.0, 20, 2.0));
        assertThat(this.store.zrange("z", ZRangeSpec.all(), Integer.class)).containsExactly(10, 20);
        assertThat(this.store.zrangeWithScores("z", ZRangeSpec.all().reversed(), Integer.class))
            .containsExactly(new ScoredValue<>(20, 2.0), new ScoredValue<>(10, 1.0));
    }

    @Test
    void zrangeWithScores() {
        abc("z");
        this.store.zadd("z", Double.NEGATIVE_INFINITY, "ninf");
        assertThat(this.store.zrangeWithScores("z", ZRangeSpec.all()))
            .containsExactly(sv("ninf", Double.NEGATIVE_INFINITY), sv("a", 1), sv("b", 2.5), sv("c", 3));
        assertThat(
                this.store.zrangeWithScores("z", ZRangeSpec.byScore(ScoreBound.inclusive(2), ScoreBound.inclusive(3))))
            .containsExactly(sv("b", 2.5), sv("c", 3));
        assertThat(this.store.zrangeWithScores("missing", ZRangeSpec.all())).isEmpty();
        assertThatExceptionOfType(KvServerException.class).isThrownBy(() -> this.store.zrangeWithScores("z",
                ZRangeSpec.byLex(LexBound.NEGATIVE_INFINITY, LexBound.POSITIVE_INFINITY)));
    }

    @Test
    void zrangeStore() {
        abc("{z}src");
        assertThat(this.store.zrangeStore("{z}dst", "{z}src", ZRangeSpec.byIndex(1, -1))).isEqualTo(2);
        assertThat(this.store.zrangeWithScores("{z}dst", ZRangeSpec.all())).containsExactly(sv("b", 2.5), sv("c", 3));
        assertThat(this.store.zrangeStore("{z}dst", "{z}src", ZRangeSpec.byIndex(5, 6))).isZero();
        assertThat(this.store.zcard("{z}dst")).isZero();
    }

    @Test
    void pops() {
        abc("z");
        this.store.zadd("z", 4, "d");
        assertThat(this.store.zpopMin("z")).isEqualTo(sv("a", 1));
        assertThat(this.store.zpopMax("z")).isEqualTo(sv("d", 4));
        assertThat(this.store.zpopMin("z", 1)).containsExactly(sv("b", 2.5));
        assertThat(this.store.zpopMax("z", 5)).containsExactly(sv("c", 3));
        assertThat(this.store.zpopMin("z")).isNull();
        assertThat(this.store.zpopMax("z")).isNull();
        assertThat(this.store.zpopMin("z", 2)).isEmpty();
        assertThat(this.store.zpopMax("z", 2)).isEmpty();
    }

    @Test
    void randomMembers() {
        abc("z");
        assertThat(this.store.zrandMember("z")).isIn("a", "b", "c");
        assertThat(this.store.zrandMember("missing")).isNull();
        assertThat(this.store.zrandMember("z", 2)).hasSize(2).doesNotHaveDuplicates();
        assertThat(this.store.zrandMember("z", -5)).hasSize(5).isSubsetOf("a", "b", "c");
        assertThat(this.store.zrandMember("missing", 3)).isEmpty();
        List<ScoredValue<String>> scored = this.store.zrandMemberWithScores("z", 3);
        assertThat(scored).containsExactlyInAnyOrder(sv("a", 1), sv("b", 2.5), sv("c", 3));
        assertThat(this.store.zrandMemberWithScores("z", -4)).hasSize(4)
            .allSatisfy((value) -> assertThat(value).isIn(sv("a", 1), sv("b", 2.5), sv("c", 3)));
        assertThat(this.store.zrandMemberWithScores("missing", 2)).isEmpty();
    }

    private void twoSets() {
        this.store.zadd("{z}1", Map.of("a", 1.0, "b", 2.0));
        this.store.zadd("{z}2", Map.of("b", 3.0, "c", 4.0));
    }

    @Test
    void unionAndInter() {
        twoSets();
        assertThat(this.store.zunion("{z}1", "{z}2")).containsExactly("a", "c", "b");
        assertThat(this.store.zunionWithScores("{z}1", "{z}2")).containsExactly(sv("a", 1), sv("c", 4), sv("b", 5));
        ZAggregateOptions max = ZAggregateOptions.weights(2, 1).withAggregate(ZAggregate.MAX);
        assertThat(this.store.zunion(max, "{z}1", "{z}2")).containsExactly("a", "b", "c");
        assertThat(this.store.zunionWithScores(max, "{z}1", "{z}2")).containsExactly(sv("a", 2), sv("b", 4),
                sv("c", 4));
        assertThat(this.store.zinter("{z}1", "{z}2")).containsExactly("b");
        assertThat(this.store.zinterWithScores("{z}1", "{z}2")).containsExactly(sv("b", 5));
        ZAggregateOptions min = ZAggregateOptions.aggregate(ZAggregate.MIN);
        assertThat(this.store.zinter(min, "{z}1", "{z}2")).containsExactly("b");
        assertThat(this.store.zinterWithScores(min, "{z}1", "{z}2")).containsExactly(sv("b", 2));
        assertThatExceptionOfType(KvServerException.class)
            .isThrownBy(() -> this.store.zunion(ZAggregateOptions.weights(1), "{z}1", "{z}2"));
    }

    @Test
    void diff() {
        twoSets();
        assertThat(this.store.zdiff("{z}1", "{z}2")).containsExactly("a");
        assertThat(this.store.zdiffWithScores("{z}1", "{z}2")).containsExactly(sv("a", 1));
        assertThat(this.store.zdiff("{z}missing", "{z}1")).isEmpty();
    }

    @Test
    void stores() {
        twoSets();
        assertThat(this.store.zunionStore("{z}u", "{z}1", "{z}2")).isEqualTo(3);
        assertThat(this.store.zscore("{z}u", "b")).isEqualTo(5.0);
        assertThat(this.store.zunionStore("{z}u", ZAggregateOptions.weights(1, 0.5), "{z}1", "{z}2")).isEqualTo(3);
        assertThat(this.store.zscore("{z}u", "b")).isEqualTo(3.5);
        assertThat(this.store.zinterStore("{z}i", "{z}1", "{z}2")).isEqualTo(1);
        assertThat(this.store.zscore("{z}i", "b")).isEqualTo(5.0);
        assertThat(this.store.zinterStore("{z}i", ZAggregateOptions.aggregate(ZAggregate.MAX), "{z}1", "{z}2"))
            .isEqualTo(1);
        assertThat(this.store.zscore("{z}i", "b")).isEqualTo(3.0);
        assertThat(this.store.zdiffStore("{z}d", "{z}1", "{z}2")).isEqualTo(1);
        assertThat(this.store.zrangeWithScores("{z}d", ZRangeSpec.all())).containsExactly(sv("a", 1));
    }

    @Test
    void interCard() {
        this.store.zadd("{z}1", Map.of("a", 1.0, "b", 2.0, "c", 3.0));
        this.store.zadd("{z}2", Map.of("b", 3.0, "c", 4.0));
        assertThat(this.store.zinterCard("{z}1", "{z}2")).isEqualTo(2);
        assertThat(this.store.zinterCard(1, "{z}1", "{z}2")).isEqualTo(1);
        assertThat(this.store.zinterCard(0, "{z}1", "{z}2")).isEqualTo(2);
        assertThatExceptionOfType(KvServerException.class).isThrownBy(() -> this.store.zinterCard(-1, "{z}1"))
            .withMessageContaining("LIMIT can't be negative");
    }

    @Test
    void removeRanges() {
        this.store.zadd("z", Map.of("a", 1.0, "b", 2.0, "c", 3.0, "d", 4.0, "e", 5.0));
        assertThat(this.store.zremRangeByRank("z", 0, 0)).isEqualTo(1);
        assertThat(this.store.zremRangeByScore("z", ScoreBound.exclusive(4), ScoreBound.POSITIVE_INFINITY))
            .isEqualTo(1);
        assertThat(this.store.zrange("z", ZRangeSpec.all())).containsExactly("b", "c", "d");
        this.store.zadd("lex", Map.of("a", 0.0, "b", 0.0, "c", 0.0));
        assertThat(this.store.zremRangeByLex("lex", LexBound.inclusive("b"), LexBound.POSITIVE_INFINITY)).isEqualTo(2);
        assertThat(this.store.zrange("lex", ZRangeSpec.all())).containsExactly("a");
    }

    @Test
    void zmpop() {
        this.store.zadd("{z}2", Map.of("a", 1.0, "b", 2.0, "c", 3.0));
        assertThat(this.store.zmpop(ZPopSide.MIN, "{z}1", "{z}2"))
            .isEqualTo(new ZPopResult("{z}2", List.of(sv("a", 1))));
        assertThat(this.store.zmpop(ZPopSide.MAX, 5, "{z}1", "{z}2"))
            .isEqualTo(new ZPopResult("{z}2", List.of(sv("c", 3), sv("b", 2))));
        assertThat(this.store.zmpop(ZPopSide.MIN, "{z}1", "{z}2")).isNull();
        assertThat(this.store.zmpop(ZPopSide.MIN, 2, "{z}1")).isNull();
        assertThatExceptionOfType(KvServerException.class).isThrownBy(() -> this.store.zmpop(ZPopSide.MIN, 0, "{z}1"));
    }

    @Test
    void blockingPopsWithDataReturnAtOnce() {
        assumeBlockingCommands();
        this.store.zadd("{z}2", Map.of("a", 1.0, "b", 2.0, "c", 3.0, "d", 4.0));
        assertThat(this.store.bzpopMin(Duration.ofSeconds(1), "{z}1", "{z}2"))
            .isEqualTo(new ZPopResult("{z}2", List.of(sv("a", 1))));
        assertThat(this.store.bzpopMax(Duration.ofSeconds(1), "{z}2"))
            .isEqualTo(new ZPopResult("{z}2", List.of(sv("d", 4))));
        assertThat(this.store.bzmpop(Duration.ofSeconds(1), ZPopSide.MIN, "{z}1", "{z}2"))
            .isEqualTo(new ZPopResult("{z}2", List.of(sv("b", 2))));
        assertThat(this.store.bzmpop(Duration.ofSeconds(1), ZPopSide.MAX, 10, "{z}2"))
            .isEqualTo(new ZPopResult("{z}2", List.of(sv("c", 3))));
    }

    @Test
    void blockingPopsTimeOutWithNull() {
        assumeBlockingCommands();
        assertThat(this.store.bzpopMin(Duration.ofMillis(50), "{z}1")).isNull();
        assertThat(this.store.bzpopMax(Duration.ofMillis(50), "{z}1")).isNull();
        // Below a millisecond is rounded up, not sent as 0 (which would wait forever).
        assertThat(this.store.bzpopMin(Duration.ofNanos(1), "{z}1")).isNull();
        assertThat(this.store.bzmpop(Duration.ofMillis(50), ZPopSide.MIN, "{z}1")).isNull();
        assertThat(this.store.bzmpop(Duration.ofMillis(50), ZPopSide.MAX, 2, "{z}1")).isNull();
        assertThatIllegalArgumentException().isThrownBy(() -> this.store.bzpopMin(Duration.ofSeconds(-1), "{z}1"));
    }

    @Test
    void blockingPopWaitsForAMember() {
        assumeBlockingCommands();
        CompletableFuture<ZPopResult> popped = this.store.async().bzpopMin(Duration.ofSeconds(10), "wait");
        store(KvCodec.string()).zadd("wait", 7, "m");
        assertThat(popped.join()).isEqualTo(new ZPopResult("wait", List.of(sv("m", 7))));
    }

    @Test
    void zscanVisitsEveryMemberWithItsScore() {
        for (int i = 0; i < 40; i++) {
            this.store.zadd("z", i + 0.5, "m" + i);
        }
        Set<ScoredValue<String>> seen = new HashSet<>();
        String cursor = ScanResult.START;
        do {
            ScanResult<ScoredValue<String>> step = this.store.zscan("z", cursor, ScanOptions.none().withCount(5));
            seen.addAll(step.items());
            cursor = step.cursor();
        }
        while (!ScanResult.START.equals(cursor));
        assertThat(seen).hasSize(40).contains(sv("m0", 0.5), sv("m39", 39.5));
        assertThat(this.store.zscan("z", ScanResult.START, ScanOptions.match("m1*").withCount(1000)).items())
            .hasSize(11);
        assertThatIllegalArgumentException()
            .isThrownBy(() -> this.store.zscan("z", ScanResult.START, ScanOptions.none().withType("zset")));
    }

    @Test
    void wrongTypeIsAServerError() {
        this.store.execute("SET", "str", "v");
        assertThatExceptionOfType(KvServerException.class).isThrownBy(() -> this.store.zadd("str", 1, "a"))
            .satisfies((ex) -> assertThat(ex.getErrorCode()).isEqualTo("WRONGTYPE"));
    }

    @Test
    void asyncView() {
        assertThat(this.store.async().zadd("z", 1.5, "a").join()).isTrue();
        assertThat(this.store.async().zincrBy("z", 1, "a").join()).isEqualTo(2.5);
        assertThat(this.store.async().zrangeWithScores("z", ZRangeSpec.all()).join()).containsExactly(sv("a", 2.5));
        assertThat(this.store.async().zpopMin("z").join()).isEqualTo(sv("a", 2.5));
    }

    @Test
    void pipeline() {
        RedisBatch batch = this.store.pipeline();
        CompletableFuture<Long> added = batch.zadd("z", Map.of("a", 1.0, "b", 2.0));
        CompletableFuture<Double> score = batch.zscore("z", "b");
        CompletableFuture<List<ScoredValue<String>>> range = batch.zrangeWithScores("z", ZRangeSpec.all());
        CompletableFuture<ScoredValue<String>> popped = batch.zpopMax("z");
        CompletableFuture<Boolean> wrong = batch.zadd("z", 1, "c", ZAddOptions.none().xx());
        batch.exec();
        assertThat(added.join()).isEqualTo(2);
        assertThat(score.join()).isEqualTo(2.0);
        assertThat(range.join()).containsExactly(sv("a", 1), sv("b", 2));
        assertThat(popped.join()).isEqualTo(sv("b", 2));
        assertThat(wrong.join()).isFalse();
        RedisBatch blocking = this.store.pipeline();
        assertThatIllegalArgumentException().isThrownBy(() -> blocking.bzpopMin(Duration.ofSeconds(1), "z"));
    }

    @Test
    void transaction() {
        RedisBatch multi = this.store.multi();
        CompletableFuture<Boolean> added = multi.zadd("z", 3, "a");
        CompletableFuture<Double> incremented = multi.zincrBy("z", 0.5, "a");
        multi.exec();
        assertThat(added.join()).isTrue();
        assertThat(incremented.join()).isEqualTo(3.5);
    }

}
