package io.unikv.internal.commands;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.unikv.KvServerException;
import io.unikv.RedisBatch;
import io.unikv.RedisStore;
import io.unikv.codec.KvCodec;
import io.unikv.commands.ExpireCondition;
import io.unikv.commands.ScanOptions;
import io.unikv.commands.ScanResult;
import io.unikv.commands.SetOptions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * {@link KeyCommandsImpl} through a real {@link RedisStore}: the contract every backend
 * meets, run once per backend by the subclasses.
 *
 * @author unikv authors
 */
abstract class KeyCommandsImplIntegrationTests extends BackendTestSupport {

    @Test
    void delUnlinkExistsTouch() {
        this.store.set("{k}a", "1");
        this.store.set("{k}b", "2");
        this.store.set("{k}c", "3");
        assertThat(this.store.exists("{k}a", "{k}a", "{k}b", "{k}missing")).isEqualTo(3);
        assertThat(this.store.touch("{k}a", "{k}missing")).isEqualTo(1);
        assertThat(this.store.del("{k}a", "{k}missing")).isEqualTo(1);
        assertThat(this.store.unlink("{k}b", "{k}c")).isEqualTo(2);
        assertThat(this.store.exists("{k}a", "{k}b", "{k}c")).isZero();
    }

    @Test
    void variadicCallsNeedAKey() {
        assertThatIllegalArgumentException().isThrownBy(() -> this.store.del());
        assertThatIllegalArgumentException().isThrownBy(() -> this.store.exists());
    }

    @Test
    void type() {
        this.store.set("s", "v");
        this.store.rpush("l", "v");
        this.store.hset("h", "f", "v");
        assertThat(this.store.type("s")).isEqualTo("string");
        assertThat(this.store.type("l")).isEqualTo("list");
        assertThat(this.store.type("h")).isEqualTo("hash");
        assertThat(this.store.type("missing")).isEqualTo("none");
    }

    @Test
    void expireWithWholeSecondsAndMillis() {
        this.store.set("k", "v");
        assertThat(this.store.expire("k", Duration.ofSeconds(100))).isTrue();
        assertThat(this.store.ttl("k")).isBetween(99L, 100L);
        assertThat(this.store.expire("k", Duration.ofMillis(50_500))).isTrue();
        assertThat(this.store.pttl("k")).isBetween(49_000L, 50_500L);
        assertThat(this.store.expire("missing", Duration.ofSeconds(1))).isFalse();
        assertThat(this.store.persist("k")).isTrue();
        assertThat(this.store.persist("k")).isFalse();
        assertThat(this.store.ttl("k")).isEqualTo(-1);
        assertThat(this.store.pttl("missing")).isEqualTo(-2);
        assertThat(this.store.ttl("missing")).isEqualTo(-2);
    }

    @Test
    void expireWithZeroOrNegativeDeletes() {
        this.store.set("{k}a", "v");
        this.store.set("{k}b", "v");
        assertThat(this.store.expire("{k}a", Duration.ZERO)).isTrue();
        assertThat(this.store.expire("{k}b", Duration.ofMillis(-1500))).isTrue();
        assertThat(this.store.exists("{k}a", "{k}b")).isZero();
    }

    @Test
    void expireWithCondition() {
        this.store.set("k", "v");
        assertThat(this.store.expire("k", Duration.ofSeconds(100), ExpireCondition.XX)).isFalse();
        assertThat(this.store.expire("k", Duration.ofSeconds(100), ExpireCondition.NX)).isTrue();
        assertThat(this.store.expire("k", Duration.ofSeconds(200), ExpireCondition.LT)).isFalse();
        assertThat(this.store.expire("k", Duration.ofMillis(200_500), ExpireCondition.GT)).isTrue();
        assertThat(this.store.pttl("k")).isGreaterThan(199_000L);
    }

    @Test
    void expireAtAndExpireTimes() {
        this.store.set("k", "v");
        Instant inSeconds = Instant.ofEpochSecond(Instant.now().getEpochSecond() + 1000);
        assertThat(this.store.expireAt("k", inSeconds)).isTrue();
        assertThat(this.store.expireTime("k")).isEqualTo(inSeconds.getEpochSecond());
        Instant inMillis = Instant.ofEpochMilli(System.currentTimeMillis() + 2_000_123);
        assertThat(this.store.expireAt("k", inMillis)).isTrue();
        assertThat(this.store.pexpireTime("k")).isEqualTo(inMillis.toEpochMilli());
        assertThat(this.store.expireAt("k", inSeconds, ExpireCondition.GT)).isFalse();
        assertThat(this.store.expireAt("k", inSeconds, ExpireCondition.LT)).isTrue();
        this.store.set("p", "v");
        assertThat(this.store.expireTime("p")).isEqualTo(-1);
        assertThat(this.store.pexpireTime("missing")).isEqualTo(-2);
        assertThat(this.store.expireAt("p", Instant.now().minusSeconds(10))).isTrue();
        assertThat(this.store.exists("p")).isZero();
    }

    @Test
    void rename() {
        this.store.set("{k}a", "1");
        this.store.set("{k}b", "2");
        this.store.rename("{k}a", "{k}c");
        assertThat(this.store.get("{k}c")).isEqualTo("1");
        assertThat(this.store.renameNx("{k}c", "{k}b")).isFalse();
        assertThat(this.store.renameNx("{k}c", "{k}d")).isTrue();
        assertThat(this.store.get("{k}d")).isEqualTo("1");
        assertThatExceptionOfType(KvServerException.class).isThrownBy(() -> this.store.rename("{k}missing", "{k}x"))
            .withMessageContaining("no such key");
    }

    @Test
    void copy() {
        this.store.set("{k}a", "1");
        this.store.set("{k}b", "2");
        assertThat(this.store.copy("{k}a", "{k}b", false)).isFalse();
        assertThat(this.store.get("{k}b")).isEqualTo("2");
        assertThat(this.store.copy("{k}a", "{k}b", true)).isTrue();
        assertThat(this.store.get("{k}b")).isEqualTo("1");
        assertThat(this.store.copy("{k}missing", "{k}c", true)).isFalse();
    }

    @Test
    void keysAndRandomKey() {
        assertThat(this.store.randomKey()).isNull();
        this.store.set("user:1", "a");
        this.store.set("user:2", "b");
        this.store.set("other", "c");
        assertThat(this.store.keys("user:*")).containsExactlyInAnyOrder("user:1", "user:2");
        assertThat(this.store.keys("nothing*")).isEmpty();
        assertThat(this.store.randomKey()).isIn("user:1", "user:2", "other");
    }

    @Test
    void scanIteratesEverything() {
        for (int i = 0; i < 30; i++) {
            this.store.set("k" + i, "v");
        }
        this.store.rpush("list", "x");
        Set<String> seen = new HashSet<>();
        String cursor = ScanResult.START;
        do {
            ScanResult<String> step = this.store.scan(cursor, ScanOptions.match("k*").withCount(7));
            seen.addAll(step.items());
            cursor = step.cursor();
        }
        while (!ScanResult.START.equals(cursor));
        assertThat(seen).hasSize(30).allMatch((key) -> key.startsWith("k"));
        List<String> lists = new ArrayList<>();
        cursor = ScanResult.START;
        do {
            ScanResult<String> step = this.store.scan(cursor, ScanOptions.none().withType("list"));
            lists.addAll(step.items());
            cursor = step.cursor();
        }
        while (!ScanResult.START.equals(cursor));
        assertThat(lists).containsExactly("list");
    }

    @Test
    void objectEncoding() {
        this.store.set("n", "123");
        this.store.set("s", "hello");
        assertThat(this.store.objectEncoding("n")).isEqualTo("int");
        assertThat(this.store.objectEncoding("s")).isEqualTo("embstr");
        assertThat(this.store.objectEncoding("missing")).isNull();
    }

    @Test
    void jsonKeysBehaveTheSame() {
        RedisStore json = store(KvCodec.json());
        json.set("p", new Person("Ada", 36), SetOptions.ex(Duration.ofSeconds(10)));
        assertThat(json.ttl("p")).isPositive();
        assertThat(json.type("p")).isEqualTo("string");
    }

    @Test
    void asyncAndPipeline() {
        this.store.set("k", "v");
        assertThat(this.store.async().expire("k", Duration.ofSeconds(30)).join()).isTrue();
        assertThat(this.store.async().ttl("k").join()).isPositive();
        RedisBatch batch = this.store.pipeline();
        var exists = batch.exists("k");
        var type = batch.type("k");
        var keys = batch.keys("*");
        var del = batch.del("k");
        batch.exec();
        assertThat(exists.join()).isEqualTo(1);
        assertThat(type.join()).isEqualTo("string");
        assertThat(keys.join()).containsExactly("k");
        assertThat(del.join()).isEqualTo(1);
    }

}
