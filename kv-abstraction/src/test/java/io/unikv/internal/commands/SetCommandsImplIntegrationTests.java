package io.unikv.internal.commands;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import io.lettuce.core.protocol.ProtocolVersion;
import io.unikv.KvServerException;
import io.unikv.RedisBatch;
import io.unikv.RedisStore;
import io.unikv.codec.KvCodec;
import io.unikv.commands.ScanOptions;
import io.unikv.commands.ScanResult;
import io.unikv.transport.Command;
import io.unikv.transport.Reply;
import io.unikv.transport.Transport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * {@link SetCommandsImpl} through a real {@link RedisStore}: the contract every backend
 * meets, run once per backend by the subclasses.
 *
 * @author unikv authors
 */
abstract class SetCommandsImplIntegrationTests extends BackendTestSupport {

    @Test
    void smembersReplyShapeFollowsTheProtocol() {
        this.store.sadd("s", "a", "b");
        Reply reply = this.store.execute(Command.read("SMEMBERS", "s"));
        assertThat(reply).isInstanceOf((protocol() == ProtocolVersion.RESP3) ? Reply.Set.class : Reply.Array.class);
        assertThat(this.store.smembers("s")).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void saddAndSremCountChanges() {
        assertThat(this.store.sadd("s", "a", "b", "a")).isEqualTo(2);
        assertThat(this.store.sadd("s", "b", "c")).isEqualTo(1);
        assertThat(this.store.srem("s", "a", "x")).isEqualTo(1);
        assertThat(this.store.srem("s", "b", "c")).isEqualTo(2);
        assertThat(this.store.scard("s")).isZero();
    }

    @Test
    void smembersAsTextAndAsType() {
        this.store.sadd("s", 1, 2, 3);
        Set<String> members = this.store.smembers("s");
        assertThat(members).containsExactlyInAnyOrder("1", "2", "3");
        assertThat(this.store.smembers("s", Integer.class)).containsExactlyInAnyOrder(1, 2, 3);
        assertThat(this.store.smembers("missing")).isEmpty();
    }

    @Test
    void membership() {
        this.store.sadd("s", "a", "b");
        assertThat(this.store.sismember("s", "a")).isTrue();
        assertThat(this.store.sismember("s", "z")).isFalse();
        assertThat(this.store.smismember("s", "a", "z", "b")).containsExactly(true, false, true);
        assertThat(this.store.scard("s")).isEqualTo(2);
        assertThat(this.store.scard("missing")).isZero();
    }

    @Test
    void spopVariants() {
        this.store.sadd("s", "a", "b", "c", "d");
        assertThat(this.store.spop("s")).isIn("a", "b", "c", "d");
        assertThat(this.store.spop("s", 2)).hasSize(2);
        assertThat(this.store.spop("s", 10)).hasSize(1);
        assertThat(this.store.spop("s")).isNull();
        assertThat(this.store.spop("s", 3)).isEmpty();
        this.store.sadd("n", 7);
        assertThat(this.store.spop("n", Integer.class)).isEqualTo(7);
        assertThat(this.store.spop("n", Integer.class)).isNull();
    }

    @Test
    void spopNegativeCountIsRefusedByTheServer() {
        this.store.sadd("s", "a");
        assertThatExceptionOfType(KvServerException.class).isThrownBy(() -> this.store.spop("s", -1))
            .withMessageContaining("out of range");
    }

    @Test
    void srandMemberFollowsTheCountSignRule() {
        this.store.sadd("s", "a", "b", "c");
        assertThat(this.store.srandMember("s")).isIn("a", "b", "c");
        assertThat(this.store.srandMember("s", 2)).hasSize(2).doesNotHaveDuplicates();
        assertThat(this.store.srandMember("s", 5)).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(this.store.srandMember("s", -5)).hasSize(5).isSubsetOf("a", "b", "c");
        assertThat(this.store.srandMember("s", 0)).isEmpty();
        assertThat(this.store.srandMember("missing")).isNull();
        assertThat(this.store.srandMember("missing", 3)).isEmpty();
        assertThat(this.store.scard("s")).isEqualTo(3);
    }

    @Test
    void smove() {
        this.store.sadd("{s}1", "a", "b");
        assertThat(this.store.smove("{s}1", "{s}2", "a")).isTrue();
        assertThat(this.store.smove("{s}1", "{s}2", "z")).isFalse();
        assertThat(this.store.smembers("{s}1")).containsExactly("b");
        assertThat(this.store.smembers("{s}2")).containsExactly("a");
    }

    @Test
    void algebra() {
        this.store.sadd("{s}1", "a", "b", "c");
        this.store.sadd("{s}2", "b", "c", "d");
        assertThat(this.store.sinter("{s}1", "{s}2")).containsExactlyInAnyOrder("b", "c");
        assertThat(this.store.sinter("{s}1", "{s}missing")).isEmpty();
        assertThat(this.store.sunion("{s}1", "{s}2")).containsExactlyInAnyOrder("a", "b", "c", "d");
        assertThat(this.store.sdiff("{s}1", "{s}2")).containsExactly("a");
        assertThat(this.store.sinterCard("{s}1", "{s}2")).isEqualTo(2);
        assertThat(this.store.sinterCard(1, "{s}1", "{s}2")).isEqualTo(1);
        assertThat(this.store.sinterCard(0, "{s}1", "{s}2")).isEqualTo(2);
        assertThatExceptionOfType(KvServerException.class).isThrownBy(() -> this.store.sinterCard(-1, "{s}1"))
            .withMessageContaining("LIMIT can't be negative");
    }

    @Test
    void algebraStores() {
        this.store.sadd("{s}1", "a", "b", "c");
        this.store.sadd("{s}2", "b", "c", "d");
        assertThat(this.store.sinterStore("{s}i", "{s}1", "{s}2")).isEqualTo(2);
        assertThat(this.store.smembers("{s}i")).containsExactlyInAnyOrder("b", "c");
        assertThat(this.store.sunionStore("{s}u", "{s}1", "{s}2")).isEqualTo(4);
        assertThat(this.store.scard("{s}u")).isEqualTo(4);
        assertThat(this.store.sdiffStore("{s}d", "{s}1", "{s}2")).isEqualTo(1);
        assertThat(this.store.smembers("{s}d")).containsExactly("a");
        assertThat(this.store.sdiffStore("{s}d", "{s}1", "{s}1")).isZero();
        assertThat(this.store.scard("{s}d")).isZero();
    }

    @Test
    void sscanVisitsEveryMember() {
        for (int i = 0; i < 50; i++) {
            this.store.sadd("s", "m" + i);
        }
        this.store.sadd("s", "other");
        Set<String> seen = new java.util.HashSet<>();
        String cursor = ScanResult.START;
        do {
            ScanResult<String> step = this.store.sscan("s", cursor, ScanOptions.match("m*").withCount(7));
            seen.addAll(step.items());
            cursor = step.cursor();
        }
        while (!ScanResult.START.equals(cursor));
        assertThat(seen).hasSize(50).doesNotContain("other");
        assertThat(this.store.sscan("missing", ScanResult.START, ScanOptions.none()).isFinished()).isTrue();
    }

    @Test
    void sscanRefusesTypeFilterBeforeSending() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> this.store.sscan("s", ScanResult.START, ScanOptions.none().withType("set")));
    }

    @Test
    void wrongTypeIsAServerError() {
        this.store.execute("SET", "str", "v");
        assertThatExceptionOfType(KvServerException.class).isThrownBy(() -> this.store.sadd("str", "a"))
            .satisfies((ex) -> assertThat(ex.getErrorCode()).isEqualTo("WRONGTYPE"));
    }

    @Test
    void asyncView() {
        CompletableFuture<Long> added = this.store.async().sadd("s", "a", "b");
        assertThat(added.join()).isEqualTo(2);
        assertThat(this.store.async().smembers("s").join()).containsExactlyInAnyOrder("a", "b");
        assertThat(this.store.async().smismember("s", "a", "c").join()).containsExactly(true, false);
    }

    @Test
    void pipeline() {
        RedisBatch batch = this.store.pipeline();
        CompletableFuture<Long> added = batch.sadd("s", "a", "b", "c");
        CompletableFuture<Set<String>> members = batch.smembers("s");
        CompletableFuture<Boolean> moved = batch.smove("s", "s", "a");
        CompletableFuture<Long> card = batch.scard("s");
        CompletableFuture<List<String>> random = batch.srandMember("s", 2);
        batch.exec();
        assertThat(added.join()).isEqualTo(3);
        assertThat(members.join()).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(moved.join()).isTrue();
        assertThat(card.join()).isEqualTo(3);
        assertThat(random.join()).hasSize(2);
    }

}
