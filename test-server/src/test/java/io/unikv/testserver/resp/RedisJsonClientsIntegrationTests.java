package io.unikv.testserver.resp;

import java.util.List;

import io.unikv.testserver.UnikvTestServer;
import org.json.JSONArray;
import org.json.JSONObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.RedisProtocol;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.json.JsonSetParams;
import redis.clients.jedis.json.Path2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Jedis's RedisJSON API, unchanged, against the test server over RESP2 and RESP3: Jedis
 * parses RedisJSON's replies per protocol (JSON text over RESP2, nested arrays and
 * doubles over RESP3), so this checks the reply shapes as a real client sees them.
 *
 * @author unikv authors
 */
class RedisJsonClientsIntegrationTests {

    private static UnikvTestServer server;

    @BeforeAll
    static void start() {
        server = UnikvTestServer.builder().withoutHttp().token("secret").start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void flush() {
        server.direct((data) -> {
            data.flushAll();
            return null;
        });
    }

    private static UnifiedJedis jedis(RedisProtocol protocol) {
        return new UnifiedJedis(new HostAndPort(server.host(), server.port()),
                DefaultJedisClientConfig.builder().password("secret").protocol(protocol).build());
    }

    @ParameterizedTest
    @EnumSource(RedisProtocol.class)
    void documentsThroughJedisJsonApi(RedisProtocol protocol) {
        try (UnifiedJedis jedis = jedis(protocol)) {
            JSONObject doc = new JSONObject().put("name", "unikv")
                .put("n", 1)
                .put("tags", new JSONArray().put("a"))
                .put("nested", new JSONObject().put("ok", true).put("s", "x"));
            assertThat(jedis.jsonSet("doc", Path2.ROOT_PATH, doc)).isEqualTo("OK");
            assertThat(jedis.jsonSet("doc", Path2.ROOT_PATH, doc, JsonSetParams.jsonSetParams().nx())).isNull();
            assertThat(jedis.jsonGet("doc", Path2.of("$.name")).toString()).isEqualTo("[\"unikv\"]");
            assertThat(jedis.jsonType("doc", Path2.of("$.tags"))).containsExactly(List.class);
            assertThat(jedis.jsonType("doc", Path2.of("$.*"))).containsExactlyInAnyOrder(String.class, int.class,
                    List.class, Object.class);
            // Jedis sends 2.0, so RedisJSON computes in floating point: 3.0 ("[3.0]" over
            // RESP2, a double over RESP3)
            assertThat(new JSONArray(jedis.jsonNumIncrBy("doc", Path2.of("$.n"), 2).toString()).getDouble(0))
                .isEqualTo(3.0);
            assertThat(jedis.jsonStrAppend("doc", Path2.of("$.nested.s"), "yz")).containsExactly(3L);
            assertThat(jedis.jsonStrLen("doc", Path2.of("$..s"))).containsExactly(3L);
            assertThat(jedis.jsonToggle("doc", Path2.of("$.nested.ok"))).containsExactly(false);
            assertThat(jedis.jsonArrAppend("doc", Path2.of("$.tags"), "\"b\"", "\"c\"")).containsExactly(3L);
            assertThat(jedis.jsonArrInsert("doc", Path2.of("$.tags"), 0, "\"z\"")).containsExactly(4L);
            assertThat(jedis.jsonArrIndex("doc", Path2.of("$.tags"), "\"b\"")).containsExactly(2L);
            assertThat(jedis.jsonArrLen("doc", Path2.of("$.tags"))).containsExactly(4L);
            assertThat(jedis.jsonArrPop("doc", Path2.of("$.tags"), 0)).containsExactly("z");
            assertThat(jedis.jsonArrTrim("doc", Path2.of("$.tags"), 0, 1)).containsExactly(2L);
            List<List<String>> keys = jedis.jsonObjKeys("doc", Path2.of("$.nested"));
            assertThat(keys).hasSize(1);
            assertThat(keys.get(0)).containsExactlyInAnyOrder("ok", "s");
            assertThat(jedis.jsonObjLen("doc", Path2.of("$"))).containsExactly(4L);
            assertThat(jedis.jsonMerge("doc", Path2.ROOT_PATH, "{\"n\":null,\"m\":{\"d\":[1]}}")).isEqualTo("OK");
            assertThat(jedis.jsonSet("other", Path2.ROOT_PATH, "{\"n\":5}")).isEqualTo("OK");
            assertThat(jedis.jsonMGet(Path2.of("$.n"), "doc", "other", "none").toString()).isEqualTo("[[], [5], null]");
            assertThat(jedis.jsonClear("doc", Path2.of("$.m"))).isEqualTo(1);
            assertThat(jedis.jsonDel("doc", Path2.of("$.m"))).isEqualTo(1);
            // the legacy root comes back through Gson as a map
            assertThat(jedis.jsonGet("doc")).isInstanceOfSatisfying(java.util.Map.class, (map) -> {
                assertThat(map).containsOnlyKeys("name", "nested", "tags");
                assertThat(map.get("tags")).isEqualTo(List.of("a", "b"));
                assertThat(map.get("nested")).isEqualTo(java.util.Map.of("s", "xyz", "ok", false));
            });
            assertThatExceptionOfType(JedisDataException.class)
                .isThrownBy(() -> jedis.jsonSet("new", Path2.of("$.a"), "1"))
                .withMessage("ERR new objects must be created at the root");
            jedis.set("str", "v");
            assertThatExceptionOfType(JedisDataException.class).isThrownBy(() -> jedis.jsonGet("str"))
                .withMessage("WRONGTYPE Operation against a key holding the wrong kind of value");
        }
    }

}
