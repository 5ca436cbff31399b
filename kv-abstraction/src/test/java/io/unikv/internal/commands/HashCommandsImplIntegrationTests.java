package io.unikv.internal.commands;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import io.lettuce.core.protocol.ProtocolVersion;
import io.unikv.KvServerException;
import io.unikv.RedisBatch;
import io.unikv.RedisStore;
import io.unikv.codec.KvCodec;
import io.unikv.commands.FieldValue;
import io.unikv.commands.ScanOptions;
import io.unikv.commands.ScanResult;
import io.unikv.transport.Command;
import io.unikv.transport.Reply;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

/**
 * {@link HashCommandsImpl} through a real {@link RedisStore}: the contract every backend
 * meets, run once per backend by the subclasses.
 *
 * @author unikv authors
 */
abstract class HashCommandsImplIntegrationTests extends BackendTestSupport {

    @Test
    void hsetAndHget() {
        assertThat(this.store.hset("h", "f", "v")).isTrue();
        assertThat(this.store.hset("h", "f", "w")).isFalse();
        assertThat(this.store.hget("h", "f")).isEqualTo("w");
        assertThat(this.store.hget("h", "missing")).isNull();
        assertThat(this.store.hget("missing", "f")).isNull();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("f", "x");
        values.put("n", 5);
        values.put("m", 6);
        assertThat(this.store.hset("h", values)).isEqualTo(2);
        assertThat(this.store.hget("h", "n", Integer.class)).isEqualTo(5);
        assertThatIllegalArgumentException().isThrownBy(() -> this.store.hset("h", Map.of()));
    }

    @Test
    void hsetnx() {
        assertThat(this.store.hsetnx("h", "f", "v")).isTrue();
        assertThat(this.store.hsetnx("h", "f", "w")).isFalse();
        assertThat(this.store.hget("h", "f")).isEqualTo("v");
    }

    @Test
    void hmget() {
        this.store.hset("h", Map.of("a", 1, "b", 2));
        assertThat(this.store.hmget("h", "a", "missing", "b")).containsExactly("1", null, "2");
        assertThat(this.store.hmget("h", Long.class, "b", "missing")).containsExactly(2L, null);
        assertThat(this.store.hmget("missing", "a")).containsExactly((String) null);
        assertThatIllegalArgumentException().isThrownBy(() -> this.store.hmget("h"));
    }

    @Test
    void hgetAllInBothShapes() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("a", 1);
        values.put("b", 2);
        this.store.hset("h", values);
        Reply raw = this.store.execute(Command.read("HGETALL", "h"));
        assertThat(raw).isInstanceOf((protocol() == ProtocolVersion.RESP3) ? Reply.MapReply.class : Reply.Array.class);
        assertThat(this.store.hgetAll("h")).containsExactly(entry("a", "1"), entry("b", "2"));
        assertThat(this.store.hgetAll("h", Integer.class)).containsExactly(entry("a", 1), entry("b", 2));
        assertThat(this.store.hgetAll("missing")).isEmpty();
    }

    @Test
    void hdelHexistsHlen() {
        this.store.hset("h", Map.of("a", 1, "b", 2));
        assertThat(this.store.hexists("h", "a")).isTrue();
        assertThat(this.store.hexists("h", "z")).isFalse();
        assertThat(this.store.hlen("h")).isEqualTo(2);
        assertThat(this.store.hdel("h", "a", "z")).isEqualTo(1);
        assertThat(this.store.hdel("h", "b")).isEqualTo(1);
        assertThat(this.store.exists("h")).isZero();
        assertThat(this.store.hlen("h")).isZero();
    }

    @Test
    void hkeysAndHvals() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("a", "x");
        values.put("b", "y");
        this.store.hset("h", values);
        assertThat(this.store.hkeys("h")).containsExactlyInAnyOrder("a", "b");
        assertThat(this.store.hvals("h")).containsExactlyInAnyOrder("x", "y");
        assertThat(this.store.hkeys("missing")).isEmpty();
        assertThat(this.store.hvals("missing")).isEmpty();
    }

    @Test
    void counters() {
        assertThat(this.store.hincrBy("h", "n", 5)).isEqualTo(5);
        assertThat(this.store.hincrBy("h", "n", -7)).isEqualTo(-2);
        assertThat(this.store.hincrByFloat("h", "f", 1.25)).isEqualTo(1.25);
        assertThat(this.store.hincrByFloat("h", "f", 0.1)).isCloseTo(1.35, within(1e-9));
        this.store.hset("h", "s", "abc");
        assertThatExceptionOfType(KvServerException.class).isThrownBy(() -> this.store.hincrBy("h", "s", 1))
            .withMessageContaining("not an integer");
        assertThatExceptionOfType(KvServerException.class).isThrownBy(() -> this.store.hincrByFloat("h", "s", 1))
            .withMessageContaining("not a float");
    }

    @Test
    void hstrlen() {
        this.store.hset("h", "f", "hello");
        assertThat(this.store.hstrlen("h", "f")).isEqualTo(5);
        assertThat(this.store.hstrlen("h", "z")).isZero();
        assertThat(this.store.hstrlen("missing", "f")).isZero();
    }

    @Test
    void hrandField() {
        assertThat(this.store.hrandField("missing")).isNull();
        assertThat(this.store.hrandField("missing", 3)).isEmpty();
        assertThat(this.store.hrandFieldWithValues("missing", 3)).isEmpty();
        this.store.hset("h", Map.of("a", "1", "b", "2", "c", "3"));
        assertThat(this.store.hrandField("h")).isIn("a", "b", "c");
        assertThat(this.store.hrandField("h", 2)).hasSize(2).doesNotHaveDuplicates();
        assertThat(this.store.hrandField("h", 10)).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(this.store.hrandField("h", -5)).hasSize(5);
        assertThat(this.store.hrandField("h", 0)).isEmpty();
        assertThat(this.store.hrandFieldWithValues("h", 10)).containsExactlyInAnyOrder(new FieldValue<>("a", "1"),
                new FieldValue<>("b", "2"), new FieldValue<>("c", "3"));
        Reply raw = this.store.execute(Command.read("HRANDFIELD", "h", 2, "WITHVALUES"));
        assertThat(raw.asList()).hasSize((protocol() == ProtocolVersion.RESP3) ? 2 : 4);
        assertThat(this.store.hrandFieldWithValues("h", -4)).hasSize(4)
            .allMatch((pair) -> pair.value().equals(Map.of("a", "1", "b", "2", "c", "3").get(pair.field())));
    }

    @Test
    void hscan() {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < 40; i++) {
            values.put("f" + i, "v" + i);
        }
        values.put("other", "x");
        this.store.hset("h", values);
        Map<String, String> seen = new HashMap<>();
        String cursor = ScanResult.START;
        do {
            ScanResult<FieldValue<String>> step = this.store.hscan("h", cursor, ScanOptions.match("f*").withCount(5));
            step.items().forEach((pair) -> seen.put(pair.field(), pair.value()));
            cursor = step.cursor();
        }
        while (!ScanResult.START.equals(cursor));
        assertThat(seen).hasSize(40).containsEntry("f7", "v7").doesNotContainKey("other");
        assertThat(this.store.hscan("missing", ScanResult.START, ScanOptions.none()).isFinished()).isTrue();
        assertThatIllegalArgumentException()
            .isThrownBy(() -> this.store.hscan("h", ScanResult.START, ScanOptions.none().withType("hash")));
    }

    @Test
    void wrongType() {
        this.store.set("s", "v");
        assertThatExceptionOfType(KvServerException.class).isThrownBy(() -> this.store.hget("s", "f"))
            .satisfies((ex) -> assertThat(ex.getErrorCode()).isEqualTo("WRONGTYPE"));
        assertThatExceptionOfType(KvServerException.class).isThrownBy(() -> this.store.hgetAll("s"))
            .satisfies((ex) -> assertThat(ex.getErrorCode()).isEqualTo("WRONGTYPE"));
    }

    @Test
    void jsonValues() {
        RedisStore json = store(KvCodec.json());
        json.hset("people", Map.of("ada", new Person("Ada", 36), "bob", new Person("Bob", 7)));
        assertThat(json.hget("people", "ada", Person.class)).isEqualTo(new Person("Ada", 36));
        assertThat(json.hgetAll("people", Person.class)).containsOnly(entry("ada", new Person("Ada", 36)),
                entry("bob", new Person("Bob", 7)));
        assertThat(json.hmget("people", Person.class, "bob", "nobody")).containsExactly(new Person("Bob", 7), null);
    }

    @Test
    void asyncAndPipeline() {
        assertThat(this.store.async().hset("h", "f", "v").join()).isTrue();
        assertThat(this.store.async().hgetAll("h").join()).containsExactly(entry("f", "v"));
        RedisBatch batch = this.store.pipeline();
        var all = batch.hgetAll("h");
        var rand = batch.hrandFieldWithValues("h", 1);
        var incr = batch.hincrBy("h", "n", 3);
        var wrong = batch.hincrBy("h", "f", 1);
        batch.exec();
        assertThat(all.join()).containsExactly(entry("f", "v"));
        assertThat(rand.join()).containsExactly(new FieldValue<>("f", "v"));
        assertThat(incr.join()).isEqualTo(3);
        assertThat(wrong).failsWithin(Duration.ofSeconds(1));
    }

}
