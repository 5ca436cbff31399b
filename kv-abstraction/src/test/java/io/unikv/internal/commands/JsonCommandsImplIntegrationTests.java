package io.unikv.internal.commands;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.unikv.KvServerException;
import io.unikv.RedisBatch;
import io.unikv.RedisStore;
import io.unikv.codec.KvCodec;
import io.unikv.commands.JsonEntry;
import io.unikv.commands.JsonSetCondition;
import io.unikv.transport.Command;
import io.unikv.transport.Reply;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link JsonCommandsImpl} through a real {@link io.unikv.RedisStore}: the contract every
 * backend with the RedisJSON commands meets (the unikv test server over REST, RESP2 and
 * RESP3), run once per backend by the subclasses. Backends without the module (Debian's
 * {@code redis-server}) skip every test with that reason.
 *
 * @author unikv authors
 */
abstract class JsonCommandsImplIntegrationTests extends BackendTestSupport {

    @BeforeEach
    void requireJsonModule() {
        Reply info = this.store.execute(Command.read("COMMAND", "INFO", "JSON.SET"));
        Assumptions.assumeFalse(info.asList().isEmpty() || info.asList().get(0).isNil(),
                "this backend has no RedisJSON module (Debian's redis-server ships none); "
                        + "the JSON contract runs against the unikv test server");
    }

    private static <T> List<T> list(T... items) {
        return Arrays.asList(items);
    }

    @Test
    void setAndGetJsonText() {
        assertThat(this.store.jsonSet("doc", "$", "{\"a\":1,\"b\":[1,2],\"c\":{\"d\":\"x\"}}")).isTrue();
        assertThat(this.store.jsonGet("doc")).isEqualTo("{\"a\":1,\"b\":[1,2],\"c\":{\"d\":\"x\"}}");
        assertThat(this.store.jsonGet("doc", "$.b")).isEqualTo("[[1,2]]");
        assertThat(this.store.jsonGet("doc", ".c.d")).isEqualTo("\"x\"");
        assertThat(this.store.jsonGet("doc", "$.a", "$.c.d")).isEqualTo("{\"$.a\":[1],\"$.c.d\":[\"x\"]}");
        assertThat(this.store.jsonGet("missing")).isNull();
        assertThat(this.store.type("doc")).isEqualTo("ReJSON-RL");
    }

    @Test
    void valuesOtherThanTextGoThroughTheCodec() {
        RedisStore json = store(KvCodec.json());
        assertThat(json.jsonSet("person", "$", new Person("Ada", 36))).isTrue();
        assertThat(json.jsonSet("person", "$.tags", List.of("math", "engines"))).isTrue();
        assertThat(json.jsonSet("person", "$.age", 37)).isTrue();
        assertThat(json.jsonGet("person", Map.class, ".")).containsEntry("name", "Ada").containsEntry("age", 37);
        assertThat(json.jsonGet("person", Person[].class, "$")).containsExactly(new Person("Ada", 37));
        assertThat(this.store.jsonSet("flag", "$", true)).isTrue();
        assertThat(this.store.jsonGet("flag", Boolean.class)).isTrue();
        assertThat(this.store.jsonSet("text", "$", "\"quoted\"")).isTrue();
        assertThat(this.store.jsonGet("text")).isEqualTo("\"quoted\"");
    }

    @Test
    void setConditionsAndErrors() {
        assertThat(this.store.jsonSet("doc", "$", "{\"a\":1}", JsonSetCondition.XX)).isFalse();
        assertThat(this.store.jsonSet("doc", "$", "{\"a\":1}", JsonSetCondition.NX)).isTrue();
        assertThat(this.store.jsonSet("doc", "$.a", "2", JsonSetCondition.NX)).isFalse();
        assertThat(this.store.jsonSet("doc", "$.b", "2", JsonSetCondition.XX)).isFalse();
        assertThat(this.store.jsonSet("doc", "$.x.y", "2")).isFalse();
        assertThatExceptionOfType(KvServerException.class).isThrownBy(() -> this.store.jsonSet("new", "$.a", "1"))
            .withMessageContaining("ERR new objects must be created at the root");
        assertThatExceptionOfType(KvServerException.class).isThrownBy(() -> this.store.jsonGet("doc", ".nothing"))
            .withMessageContaining("ERR Path '$.nothing' does not exist");
        this.store.execute("SET", "str", "v");
        assertThatExceptionOfType(KvServerException.class).isThrownBy(() -> this.store.jsonGet("str"))
            .satisfies((ex) -> assertThat(ex.getErrorCode()).isEqualTo("WRONGTYPE"));
        assertThat(this.store.jsonGet("doc")).isEqualTo("{\"a\":1}");
    }

    @Test
    void msetMgetMergeDelAndClear() {
        this.store.jsonMSet(JsonEntry.of("{j}1", "$", "{\"v\":1,\"o\":{\"x\":1}}"), JsonEntry.of("{j}2", "$", "[1,2]"));
        assertThat(this.store.jsonMGet("$.v", "{j}1", "{j}2", "{j}3")).containsExactly("[1]", "[]", null);
        assertThat(this.store.jsonMGet(".v", "{j}1", "{j}2")).containsExactly("1", null);
        assertThat(this.store.jsonMerge("{j}1", "$", "{\"v\":null,\"o\":{\"y\":2}}")).isTrue();
        assertThat(this.store.jsonGet("{j}1")).isEqualTo("{\"o\":{\"x\":1,\"y\":2}}");
        assertThat(this.store.jsonClear("{j}1", "$.o")).isEqualTo(1);
        assertThat(this.store.jsonDel("{j}1", "$.o")).isEqualTo(1);
        assertThat(this.store.jsonDel("{j}1", "$.o")).isZero();
        assertThat(this.store.jsonDel("{j}2", "$")).isEqualTo(1);
        assertThat(this.store.exists("{j}2")).isZero();
    }

    @Test
    void typesComeBackAsAListOnEveryProtocol() {
        this.store.jsonSet("doc", "$", "{\"a\":1,\"b\":1.5,\"c\":[true,null,\"s\"]}");
        assertThat(this.store.jsonType("doc", ".")).containsExactly("object");
        assertThat(this.store.jsonType("doc", "$.c[*]")).containsExactly("boolean", "null", "string");
        assertThat(this.store.jsonType("doc", "$.*")).containsExactly("integer", "number", "array");
        assertThat(this.store.jsonType("doc", "$.zz")).isEmpty();
        assertThat(this.store.jsonType("missing", "$")).isEmpty();
    }

    @Test
    void numbersComeBackAsLongsAndDoublesOnEveryProtocol() {
        this.store.jsonSet("doc", "$", "{\"a\":1,\"b\":{\"a\":2.5},\"s\":\"x\"}");
        assertThat(this.store.jsonNumIncrBy("doc", "$.a", 2)).containsExactly(3L);
        assertThat(this.store.jsonNumIncrBy("doc", "$..a", 1.5)).containsExactly(4.5, 4.0);
        assertThat(this.store.jsonNumMultBy("doc", "$.*", 2)).containsExactly(9.0, null, null);
        assertThat(this.store.jsonNumIncrBy("doc", ".a", 1)).containsExactly(10.0);
        assertThat(this.store.jsonNumIncrBy("doc", "$.zz", 1)).isEmpty();
        assertThatExceptionOfType(KvServerException.class)
            .isThrownBy(() -> this.store.jsonNumIncrBy("missing", "$.a", 1))
            .withMessageContaining("doesn't exist");
    }

    @Test
    void stringsAndBooleans() {
        this.store.jsonSet("doc", "$", "{\"s\":\"ab\",\"o\":{\"s\":\"é\"},\"t\":true,\"n\":1}");
        assertThat(this.store.jsonStrAppend("doc", "$..s", "\"c\"\n")).containsExactly(6L, 6L);
        assertThat(this.store.jsonGet("doc", ".s")).isEqualTo("\"ab\\\"c\\\"\\n\"");
        assertThat(this.store.jsonStrAppend("doc", ".s", "!")).containsExactly(7L);
        assertThat(this.store.jsonStrLen("doc", "$.*")).containsExactly(7L, null, null, null);
        assertThat(this.store.jsonStrLen("doc", ".o.s")).containsExactly(6L);
        assertThat(this.store.jsonToggle("doc", "$.*")).containsExactly(null, null, false, null);
        assertThat(this.store.jsonToggle("doc", ".t")).containsExactly(true);
        assertThatExceptionOfType(KvServerException.class).isThrownBy(() -> this.store.jsonToggle("doc", ".n"))
            .withMessageContaining("not a bool");
    }

    @Test
    void arrays() {
        this.store.jsonSet("doc", "$", "{\"arr\":[1],\"o\":{\"arr\":[]},\"s\":\"x\"}");
        assertThat(this.store.jsonArrAppend("doc", "$..arr", 2, "\"three\"")).containsExactly(3L, 2L);
        assertThat(this.store.jsonArrAppend("doc", "$.s", 1)).containsExactly((Long) null);
        assertThat(this.store.jsonArrInsert("doc", ".arr", 0, 0)).containsExactly(4L);
        assertThat(this.store.jsonArrIndex("doc", "$..arr", "\"three\"")).containsExactly(3L, 1L);
        assertThat(this.store.jsonArrIndex("doc", ".arr", 1, 2, 0)).containsExactly(-1L);
        assertThat(this.store.jsonArrLen("doc", "$.*")).containsExactly(4L, null, null);
        assertThat(this.store.jsonArrLen("missing", ".arr")).containsExactly((Long) null);
        assertThat(this.store.jsonArrPop("doc", "$..arr")).containsExactly("\"three\"", "\"three\"");
        assertThat(this.store.jsonArrPop("doc", ".arr", 0)).containsExactly("0");
        assertThat(this.store.jsonArrPop("doc", "$.o.arr")).containsExactly("2");
        assertThat(this.store.jsonArrPop("doc", "$.o.arr")).containsExactly((String) null);
        assertThat(this.store.jsonArrTrim("doc", "$.arr", 0, 0)).containsExactly(1L);
        assertThat(this.store.jsonGet("doc", "$.arr")).isEqualTo("[[1]]");
        assertThatExceptionOfType(KvServerException.class)
            .isThrownBy(() -> this.store.jsonArrInsert("doc", ".arr", 9, 1))
            .withMessageContaining("ERR index out of bounds");
    }

    @Test
    void objects() {
        this.store.jsonSet("doc", "$", "{\"a\":{\"x\":1,\"y\":2},\"b\":[]}");
        assertThat(this.store.jsonObjKeys("doc", "$.*")).containsExactly(list("x", "y"), null);
        assertThat(this.store.jsonObjKeys("doc", ".")).containsExactly(list("a", "b"));
        assertThat(this.store.jsonObjKeys("missing", ".")).containsExactly((List<String>) null);
        assertThat(this.store.jsonObjLen("doc", "$.*")).containsExactly(2L, null);
        assertThat(this.store.jsonObjLen("doc", ".a")).containsExactly(2L);
    }

    @Test
    void asyncAndPipeline() {
        assertThat(this.store.async().jsonSet("doc", "$", "{\"n\":1}").join()).isTrue();
        assertThat(this.store.async().jsonNumIncrBy("doc", "$.n", 1).join()).containsExactly(2L);
        RedisBatch batch = this.store.pipeline();
        CompletableFuture<Boolean> set = batch.jsonSet("doc", "$.m", "[]");
        CompletableFuture<List<Long>> appended = batch.jsonArrAppend("doc", "$.m", 1, 2);
        CompletableFuture<String> get = batch.jsonGet("doc");
        batch.exec();
        assertThat(set.join()).isTrue();
        assertThat(appended.join()).containsExactly(2L);
        assertThat(get.join()).isEqualTo("{\"n\":2,\"m\":[1,2]}");
    }

    @Test
    void transaction() {
        this.store.jsonSet("doc", "$", "{\"stock\":3,\"orders\":[]}");
        RedisBatch multi = this.store.multi();
        CompletableFuture<List<Number>> stock = multi.jsonNumIncrBy("doc", "$.stock", -1);
        CompletableFuture<List<Long>> orders = multi.jsonArrAppend("doc", "$.orders", "{\"id\":1}");
        CompletableFuture<List<String>> types = multi.jsonType("doc", "$.orders[0].id");
        multi.exec();
        assertThat(stock.join()).containsExactly(2L);
        assertThat(orders.join()).containsExactly(1L);
        assertThat(types.join()).containsExactly("integer");
        assertThat(this.store.jsonGet("doc")).isEqualTo("{\"stock\":2,\"orders\":[{\"id\":1}]}");
    }

}
