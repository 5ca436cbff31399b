package io.unikv.internal.commands;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import io.unikv.KvServerException;
import io.unikv.RedisBatch;
import io.unikv.RedisStore;
import io.unikv.codec.KvCodec;
import io.unikv.commands.GetExOptions;
import io.unikv.commands.SetOptions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

/**
 * {@link StringCommandsImpl} through a real {@link RedisStore}: the contract every
 * backend meets, run once per backend by the subclasses.
 *
 * @author unikv authors
 */
abstract class StringCommandsImplIntegrationTests extends BackendTestSupport {

    @Test
    void setAndGet() {
        assertThat(this.store.get("k")).isNull();
        this.store.set("k", "v");
        assertThat(this.store.get("k")).isEqualTo("v");
        this.store.set("n", 42);
        assertThat(this.store.get("n", Long.class)).isEqualTo(42L);
        assertThat(this.store.get("missing", Long.class)).isNull();
    }

    @Test
    void setClearsTtl() {
        this.store.set("k", "v", SetOptions.ex(Duration.ofSeconds(100)));
        this.store.set("k", "w");
        assertThat(this.store.ttl("k")).isEqualTo(-1);
    }

    @Test
    void setWithOptions() {
        assertThat(this.store.set("k", "v", SetOptions.ex(Duration.ofSeconds(100)).nx())).isTrue();
        assertThat(this.store.set("k", "w", SetOptions.none().nx())).isFalse();
        assertThat(this.store.get("k")).isEqualTo("v");
        assertThat(this.store.ttl("k")).isBetween(1L, 100L);
        assertThat(this.store.set("other", "w", SetOptions.none().xx())).isFalse();
        assertThat(this.store.set("k", "w", SetOptions.keepTtl().xx())).isTrue();
        assertThat(this.store.ttl("k")).isBetween(1L, 100L);
        assertThat(this.store.set("p", "v", SetOptions.px(Duration.ofMillis(90_500)))).isTrue();
        assertThat(this.store.pttl("p")).isBetween(1L, 90_500L);
        Instant at = Instant.now().plusSeconds(500);
        assertThat(this.store.set("a", "v", SetOptions.exAt(at))).isTrue();
        assertThat(this.store.expireTime("a")).isEqualTo(at.getEpochSecond());
        assertThat(this.store.set("b", "v", SetOptions.pxAt(at))).isTrue();
        assertThat(this.store.pexpireTime("b")).isEqualTo(at.toEpochMilli());
    }

    @Test
    void setGetReturnsPrevious() {
        assertThat(this.store.setGet("k", "v1", SetOptions.none())).isNull();
        assertThat(this.store.setGet("k", "v2", SetOptions.ex(Duration.ofSeconds(10)))).isEqualTo("v1");
        assertThat(this.store.get("k")).isEqualTo("v2");
        assertThat(this.store.ttl("k")).isPositive();
    }

    @Test
    void getDelAndGetEx() {
        this.store.set("k", "v");
        assertThat(this.store.getEx("k", GetExOptions.ex(Duration.ofSeconds(50)))).isEqualTo("v");
        assertThat(this.store.ttl("k")).isBetween(1L, 50L);
        assertThat(this.store.getEx("k", GetExOptions.persist())).isEqualTo("v");
        assertThat(this.store.ttl("k")).isEqualTo(-1);
        assertThat(this.store.getEx("k", GetExOptions.px(Duration.ofMillis(5500)))).isEqualTo("v");
        assertThat(this.store.pttl("k")).isBetween(1L, 5500L);
        assertThat(this.store.getEx("missing", GetExOptions.persist())).isNull();
        assertThat(this.store.getDel("k")).isEqualTo("v");
        assertThat(this.store.exists("k")).isZero();
        assertThat(this.store.getDel("k")).isNull();
    }

    @Test
    void msetAndMget() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("{t}a", 1);
        values.put("{t}b", "two");
        this.store.mset(values);
        this.store.lpush("{t}list", "x");
        assertThat(this.store.mget("{t}a", "{t}missing", "{t}b", "{t}list")).containsExactly("1", null, "two", null);
        assertThat(this.store.mget(Integer.class, "{t}a", "{t}missing")).containsExactly(1, null);
        assertThat(this.store.msetnx(Map.of("{t}c", 3, "{t}d", 4))).isTrue();
        assertThat(this.store.msetnx(Map.of("{t}d", 5, "{t}e", 6))).isFalse();
        assertThat(this.store.exists("{t}e")).isZero();
        assertThat(this.store.get("{t}d")).isEqualTo("4");
    }

    @Test
    void counters() {
        assertThat(this.store.incr("c")).isEqualTo(1);
        assertThat(this.store.incrBy("c", 10)).isEqualTo(11);
        assertThat(this.store.incrBy("c", -2)).isEqualTo(9);
        assertThat(this.store.decr("c")).isEqualTo(8);
        assertThat(this.store.decrBy("c", 3)).isEqualTo(5);
        assertThat(this.store.incrByFloat("f", 1.5)).isEqualTo(1.5);
        assertThat(this.store.incrByFloat("f", 0.25)).isCloseTo(1.75, within(1e-9));
        assertThat(this.store.incrByFloat("c", -0.5)).isEqualTo(4.5);
    }

    @Test
    void counterErrors() {
        this.store.set("s", "abc");
        assertThatExceptionOfType(KvServerException.class).isThrownBy(() -> this.store.incr("s"))
            .withMessageContaining("not an integer");
        assertThatExceptionOfType(KvServerException.class).isThrownBy(() -> this.store.incrByFloat("s", 1))
            .withMessageContaining("not a valid float");
    }

    @Test
    void appendStrlenAndRanges() {
        assertThat(this.store.append("k", "Hello")).isEqualTo(5);
        assertThat(this.store.append("k", " World")).isEqualTo(11);
        assertThat(this.store.strlen("k")).isEqualTo(11);
        assertThat(this.store.strlen("missing")).isZero();
        assertThat(this.store.getRange("k", 0, 4)).isEqualTo("Hello");
        assertThat(this.store.getRange("k", -5, -1)).isEqualTo("World");
        assertThat(this.store.getRange("missing", 0, 10)).isEmpty();
        assertThat(this.store.setRange("k", 6, "Redis")).isEqualTo(11);
        assertThat(this.store.get("k")).isEqualTo("Hello Redis");
        assertThat(this.store.setRange("pad", 3, "x")).isEqualTo(4);
        assertThat(this.store.get("pad")).isEqualTo("\0\0\0x");
    }

    @Test
    void lcs() {
        this.store.set("{t}k1", "ohmytext");
        this.store.set("{t}k2", "mynewtext");
        assertThat(this.store.lcs("{t}k1", "{t}k2")).isEqualTo("mytext");
        assertThat(this.store.lcsLength("{t}k1", "{t}k2")).isEqualTo(6);
        assertThat(this.store.lcs("{t}k1", "{t}missing")).isEmpty();
    }

    @Test
    void wrongType() {
        this.store.rpush("list", "a");
        assertThatExceptionOfType(KvServerException.class).isThrownBy(() -> this.store.get("list"))
            .satisfies((ex) -> assertThat(ex.getErrorCode()).isEqualTo("WRONGTYPE"));
        assertThatExceptionOfType(KvServerException.class).isThrownBy(() -> this.store.append("list", "x"))
            .satisfies((ex) -> assertThat(ex.getErrorCode()).isEqualTo("WRONGTYPE"));
    }

    @Test
    void jsonValues() {
        RedisStore json = store(KvCodec.json());
        json.set("{t}p", new Person("Ada", 36));
        assertThat(json.get("{t}p", Person.class)).isEqualTo(new Person("Ada", 36));
        assertThat(json.get("{t}p")).isEqualTo("{\"name\":\"Ada\",\"age\":36}");
        json.mset(Map.of("{t}q", new Person("Bob", 7)));
        assertThat(json.mget(Person.class, "{t}p", "{t}q", "{t}missing")).containsExactly(new Person("Ada", 36),
                new Person("Bob", 7), null);
    }

    @Test
    void async() {
        this.store.async().set("k", "v").join();
        assertThat(this.store.async().get("k").join()).isEqualTo("v");
        assertThat(this.store.async().incr("c").join()).isEqualTo(1);
        this.store.rpush("list", "a");
        assertThat(this.store.async().get("list")).failsWithin(Duration.ofSeconds(5))
            .withThrowableOfType(java.util.concurrent.ExecutionException.class)
            .withCauseInstanceOf(KvServerException.class);
    }

    @Test
    void pipeline() {
        RedisBatch batch = this.store.pipeline();
        var set = batch.set("k", "v");
        var get = batch.get("k");
        var incr = batch.incrBy("c", 5);
        var setNx = batch.set("k", "w", SetOptions.none().nx());
        assertThat(batch.exec()).hasSize(4);
        assertThat(set).isCompleted();
        assertThat(get.join()).isEqualTo("v");
        assertThat(incr.join()).isEqualTo(5);
        assertThat(setNx.join()).isFalse();
    }

    @Test
    void transaction() {
        RedisBatch batch = this.store.multi();
        batch.set("{t}k", "v");
        var get = batch.get("{t}k");
        var mget = batch.mget("{t}k", "{t}missing");
        batch.exec();
        assertThat(get.join()).isEqualTo("v");
        assertThat(mget.join()).containsExactly("v", null);
    }

}
