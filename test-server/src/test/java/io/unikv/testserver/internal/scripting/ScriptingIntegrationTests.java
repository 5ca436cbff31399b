package io.unikv.testserver.internal.scripting;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.FlushMode;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.protocol.ProtocolVersion;
import io.unikv.testserver.UnikvTestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.exceptions.JedisDataException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Scripting end to end: runaway scripts (BUSY, SCRIPT KILL, FUNCTION KILL, UNKILLABLE),
 * Lettuce's and Jedis's scripting APIs over RESP, scripts over REST, Upstash's
 * {@code allow-key-locking} flag and replication of script effects.
 *
 * @author unikv authors
 */
@Timeout(60)
class ScriptingIntegrationTests {

    private static final String BUSY = "BUSY Redis is busy running a script. You can only call SCRIPT KILL or "
            + "SHUTDOWN NOSAVE.";

    private static final String LOOP = "while true do end";

    private static UnikvTestServer server;

    private static RedisClient lettuce;

    private Jedis jedis;

    @BeforeAll
    static void start() {
        server = UnikvTestServer.builder().token("t").regions("us-east-1", "eu-west-1").start();
        lettuce = RedisClient.create();
    }

    @AfterAll
    static void stop() {
        lettuce.shutdown();
        server.close();
    }

    @BeforeEach
    void connect() {
        this.jedis = jedis();
        this.jedis.flushAll();
        this.jedis.scriptFlush();
        this.jedis.functionFlush();
        this.jedis.configSet("busy-reply-threshold", "100");
    }

    @AfterEach
    void close() {
        attempt(() -> this.jedis.scriptKill());
        attempt(() -> this.jedis.functionKill());
        this.jedis.configSet("busy-reply-threshold", "5000");
        this.jedis.close();
    }

    private static Jedis jedis() {
        Jedis jedis = new Jedis(server.host(), server.port(), 30_000);
        jedis.auth("t");
        return jedis;
    }

    @Test
    void runawayScriptAnswersBusyUntilScriptKill() throws Exception {
        String sha = this.jedis.scriptLoad(LOOP);
        try (Jedis runner = jedis()) {
            CompletableFuture<Object> result = CompletableFuture.supplyAsync(() -> attempt(() -> runner.evalsha(sha)));
            awaitBusy(this.jedis);
            assertThat(attempt(() -> this.jedis.get("k"))).isEqualTo(BUSY);
            assertThat(this.jedis.scriptKill()).isEqualTo("OK");
            assertThat(result.get(10, TimeUnit.SECONDS))
                .isEqualTo("ERR Script killed by user with SCRIPT KILL... script: " + sha + ", on @user_script:1.");
            assertThat(this.jedis.ping()).isEqualTo("PONG");
            assertThat(runner.ping()).isEqualTo("PONG");
        }
        assertThat(attempt(() -> this.jedis.scriptKill())).isEqualTo("NOTBUSY No scripts in execution right now.");
    }

    @Test
    void pcallCannotCatchAKill() throws Exception {
        try (Jedis runner = jedis()) {
            CompletableFuture<Object> result = CompletableFuture.supplyAsync(
                    () -> attempt(() -> runner.eval("local ok = pcall(function() " + LOOP + " end) return 'caught'")));
            awaitBusy(this.jedis);
            assertThat(this.jedis.scriptKill()).isEqualTo("OK");
            assertThat((String) result.get(10, TimeUnit.SECONDS))
                .startsWith("ERR Script killed by user with SCRIPT KILL...");
        }
    }

    @Test
    void scriptThatWroteIsUnkillableAndFinishes() throws Exception {
        String script = "redis.call('set', 'w', '1') local n = 0 "
                + "while redis.call('get', 'stop') == false do n = n + 1 end return 'done'";
        try (Jedis runner = jedis()) {
            CompletableFuture<Object> result = CompletableFuture.supplyAsync(() -> attempt(() -> runner.eval(script)));
            awaitBusy(this.jedis);
            assertThat(attempt(() -> this.jedis.scriptKill())).asString().startsWith("UNKILLABLE Sorry the script");
            assertThat(attempt(() -> this.jedis.functionKill())).asString().startsWith("UNKILLABLE Sorry the script");
            // the script cannot be stopped from outside: let it see the key directly
            server.direct((data) -> {
                data.set("stop", "1");
                return null;
            });
            assertThat(result.get(10, TimeUnit.SECONDS)).isEqualTo("done");
            assertThat(this.jedis.get("w")).isEqualTo("1");
        }
    }

    @Test
    void runawayFunctionAnswersBusyUntilFunctionKill() throws Exception {
        this.jedis.functionLoad("#!lua name=loops\nredis.register_function('spin', function() " + LOOP + " end)");
        try (Jedis runner = jedis()) {
            CompletableFuture<Object> result = CompletableFuture
                .supplyAsync(() -> attempt(() -> runner.fcall("spin", List.of(), List.of())));
            String functionBusy = "BUSY Redis is busy running a script. You can only call FUNCTION KILL or "
                    + "SHUTDOWN NOSAVE.";
            Object reply = poll(() -> attempt(() -> this.jedis.ping()), functionBusy);
            assertThat(reply).isEqualTo(functionBusy);
            assertThat(attempt(() -> this.jedis.scriptKill())).isEqualTo(functionBusy);
            assertThat(this.jedis.functionStatsBinary()).isNotNull();
            assertThat(this.jedis.functionKill()).isEqualTo("OK");
            assertThat(result.get(10, TimeUnit.SECONDS))
                .isEqualTo("ERR Script killed by user with SCRIPT KILL... script: spin, on @user_function:2.");
        }
    }

    @Test
    void pipelinedCommandsOfTheScriptsClientWaitForTheScript() throws Exception {
        try (Jedis runner = jedis()) {
            redis.clients.jedis.Pipeline pipeline = runner.pipelined();
            redis.clients.jedis.Response<Object> killed = pipeline.eval(LOOP);
            redis.clients.jedis.Response<String> set = pipeline.set("after", "1");
            CompletableFuture<Void> sync = CompletableFuture.runAsync(pipeline::sync);
            awaitBusy(this.jedis);
            // direct access runs between the script's instructions, as other clients'
            // commands do
            boolean exists = server.direct((data) -> data.exists("after"));
            assertThat(exists).isFalse();
            assertThat(this.jedis.scriptKill()).isEqualTo("OK");
            sync.get(10, TimeUnit.SECONDS);
            assertThat(attempt(killed::get)).asString().startsWith("ERR Script killed");
            assertThat(set.get()).isEqualTo("OK");
            assertThat(this.jedis.get("after")).isEqualTo("1");
        }
    }

    @ParameterizedTest
    @EnumSource(value = ProtocolVersion.class, names = { "RESP2", "RESP3" })
    void lettuceScriptingApi(ProtocolVersion protocol) {
        lettuce.setOptions(ClientOptions.builder().protocolVersion(protocol).build());
        RedisURI uri = RedisURI.builder()
            .withHost(server.host())
            .withPort(server.port())
            .withPassword("t".toCharArray())
            .build();
        try (StatefulRedisConnection<String, String> connection = lettuce.connect(uri)) {
            RedisCommands<String, String> redis = connection.sync();
            String script = "redis.call('set', KEYS[1], ARGV[1]) return redis.call('get', KEYS[1])";
            assertThat((String) redis.eval(script, ScriptOutputType.VALUE, new String[] { "k" }, "v")).isEqualTo("v");
            String sha = redis.scriptLoad("return {KEYS[1], ARGV[1], 3}");
            assertThat(redis.digest("return {KEYS[1], ARGV[1], 3}")).isEqualTo(sha);
            assertThat((List<Object>) redis.evalsha(sha, ScriptOutputType.MULTI, new String[] { "a" }, "b"))
                .containsExactly("a", "b", 3L);
            assertThat((Long) redis.evalReadOnly("return #KEYS", ScriptOutputType.INTEGER, new String[] { "x" }))
                .isEqualTo(1L);
            assertThat((Boolean) redis.eval("return true", ScriptOutputType.BOOLEAN)).isTrue();
            assertThat((String) redis.eval("return redis.status_reply('FINE')", ScriptOutputType.STATUS))
                .isEqualTo("FINE");
            assertThat(redis.scriptExists(sha, "ffffffffffffffffffffffffffffffffffffffff")).containsExactly(true,
                    false);
            assertThatExceptionOfType(RedisCommandExecutionException.class)
                .isThrownBy(() -> redis.eval("return redis.call('incr', 'k')", ScriptOutputType.INTEGER))
                .withMessageStartingWith("ERR value is not an integer or out of range script:");
            assertThat(redis.scriptFlush(FlushMode.SYNC)).isEqualTo("OK");
            assertThatExceptionOfType(RedisCommandExecutionException.class)
                .isThrownBy(() -> redis.evalsha(sha, ScriptOutputType.MULTI))
                .withMessage("NOSCRIPT No matching script. Please use EVAL.");
            assertThat(redis.functionLoad("#!lua name=lettucelib\n"
                    + "redis.register_function('lf', function(keys, args) return redis.call('incrby', keys[1], args[1]) end)\n"
                    + "redis.register_function{function_name='lro', callback=function(keys) return redis.call('get', keys[1]) end, flags={'no-writes'}}"))
                .isEqualTo("lettucelib");
            assertThat((Long) redis.fcall("lf", ScriptOutputType.INTEGER, new String[] { "n" }, "5")).isEqualTo(5L);
            assertThat((String) redis.fcallReadOnly("lro", ScriptOutputType.VALUE, new String[] { "n" }))
                .isEqualTo("5");
            List<Map<String, Object>> libraries = redis.functionList();
            assertThat(libraries).hasSize(1);
            if (protocol == ProtocolVersion.RESP3) {
                // over RESP2 Lettuce hands out the flat key-value list as Redis sends it
                assertThat(libraries.get(0)).containsEntry("library_name", "lettucelib");
            }
            assertThat(redis.functionFlush(FlushMode.SYNC)).isEqualTo("OK");
        }
    }

    @Test
    void jedisScriptingApi() {
        assertThat(this.jedis.eval("return {KEYS[1], ARGV[1]}", 1, "k", "v")).isEqualTo(List.of("k", "v"));
        String sha = this.jedis.scriptLoad("return redis.call('incr', KEYS[1])");
        assertThat(this.jedis.evalsha(sha, 1, "c")).isEqualTo(1L);
        assertThat(this.jedis.evalsha(sha, List.of("c"), List.of())).isEqualTo(2L);
        assertThat(this.jedis.evalReadonly("return redis.call('get', KEYS[1])", List.of("c"), List.of()))
            .isEqualTo("2");
        assertThat(this.jedis.scriptExists(sha, "0000000000000000000000000000000000000000")).containsExactly(true,
                false);
        assertThatExceptionOfType(JedisDataException.class)
            .isThrownBy(() -> this.jedis.evalshaReadonly(sha, List.of("c"), List.of()))
            .withMessageStartingWith("ERR Write commands are not allowed from read-only scripts.");
        assertThat(this.jedis.functionLoad("#!lua name=jlib\nredis.register_function('jf', function(keys, args) "
                + "return args[1] .. keys[1] end)"))
            .isEqualTo("jlib");
        assertThat(this.jedis.fcall("jf", List.of("k"), List.of("a"))).isEqualTo("ak");
        assertThat(this.jedis.functionList()).hasSize(1);
        assertThat(this.jedis.functionList().get(0).getLibraryName()).isEqualTo("jlib");
        assertThat(this.jedis.functionList().get(0).getFunctions()).hasSize(1);
        assertThat(this.jedis.functionDelete("jlib")).isEqualTo("OK");
        assertThatExceptionOfType(JedisDataException.class)
            .isThrownBy(() -> this.jedis.fcall("jf", List.of(), List.of()))
            .withMessage("ERR Function not found");
    }

    @Test
    void restRunsScripts() throws Exception {
        assertThat(rest("[\"EVAL\",\"return {KEYS[1], ARGV[1], 7}\",\"1\",\"k\",\"v\"]"))
            .isEqualTo("{\"result\":[\"k\",\"v\",7]}");
        assertThat(rest("[\"SCRIPT\",\"LOAD\",\"return redis.call('incr', KEYS[1])\"]"))
            .isEqualTo("{\"result\":\"" + RedisLib.sha1hex("return redis.call('incr', KEYS[1])".getBytes()) + "\"}");
        String sha = RedisLib.sha1hex("return redis.call('incr', KEYS[1])".getBytes());
        assertThat(rest("[\"EVALSHA\",\"" + sha + "\",\"1\",\"n\"]")).isEqualTo("{\"result\":1}");
        assertThat(rest("[\"EVALSHA\",\"ffffffffffffffffffffffffffffffffffffffff\",\"0\"]"))
            .isEqualTo("{\"error\":\"NOSCRIPT No matching script. Please use EVAL.\"}");
        assertThat(rest("[\"SCRIPT\",\"EXISTS\",\"" + sha + "\"]")).isEqualTo("{\"result\":[1]}");
        assertThat(rest("[\"EVAL_RO\",\"return redis.call('get', KEYS[1])\",\"1\",\"n\"]"))
            .isEqualTo("{\"result\":\"1\"}");
    }

    @Test
    void restScriptsOnAReadRegionRunOnThePrimary() throws Exception {
        String replica = server.region("eu-west-1").restUrl();
        assertThat(rest(replica, "[\"EVAL\",\"return redis.call('set', KEYS[1], ARGV[1])\",\"1\",\"rk\",\"rv\"]"))
            .isEqualTo("{\"result\":\"OK\"}");
        String primaryValue = server.direct((data) -> data.get("rk"));
        assertThat(primaryValue).isEqualTo("rv");
        assertThat(rest(replica, "[\"SCRIPT\",\"LOAD\",\"return redis.call('incr', KEYS[1])\"]"))
            .startsWith("{\"result\":");
        String sha = RedisLib.sha1hex("return redis.call('incr', KEYS[1])".getBytes());
        assertThat(rest(replica, "[\"EVALSHA\",\"" + sha + "\",\"1\",\"rn\"]")).isEqualTo("{\"result\":1}");
        assertThat(rest("[\"SCRIPT\",\"EXISTS\",\"" + sha + "\"]")).isEqualTo("{\"result\":[1]}");
        String readOnly = "[\"EVAL_RO\",\"return redis.call('get', KEYS[1])\",\"1\",\"rk\"]";
        assertThat(poll(() -> attemptRest(replica, readOnly), "{\"result\":\"rv\"}")).isEqualTo("{\"result\":\"rv\"}");
    }

    private String attemptRest(String url, String body) {
        try {
            return rest(url, body);
        }
        catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    @Test
    void replicasRunOnlyScriptsThatCannotWrite() {
        try (Jedis replica = new Jedis(server.host(), server.region("eu-west-1").port(), 30_000)) {
            replica.auth("t");
            assertThat(replica.eval("#!lua flags=no-writes\nreturn 1")).isEqualTo(1L);
            assertThat(replica.eval("return 2")).isEqualTo(2L);
            assertThat(attempt(() -> replica.eval("#!lua\nreturn 3")))
                .isEqualTo("READONLY Can not run script with write flag on readonly replica");
            assertThat(attempt(() -> replica.eval("return redis.call('set', 'x', 1)"))).asString()
                .startsWith("READONLY You can't write against a read only replica. script:");
        }
    }

    @Test
    void upstashAllowKeyLockingFlagIsAccepted() {
        assertThat(this.jedis.eval("#!lua flags=allow-key-locking\nreturn redis.call('set', KEYS[1], 'x')", 1, "k"))
            .isEqualTo("OK");
        assertThat(this.jedis.functionLoad("#!lua name=locking\nredis.register_function{function_name='lk', "
                + "callback=function() return 1 end, flags={'allow-key-locking'}}"))
            .isEqualTo("locking");
    }

    @Test
    void scriptEffectsReachReplicas() {
        this.jedis.eval("redis.call('set', 'r1', 'a') redis.call('rpush', 'r2', 'x', 'y') return 1");
        String replicated = poll(() -> server.region("eu-west-1").direct((data) -> data.get("r1")), "a");
        assertThat(replicated).isEqualTo("a");
        String type = server.region("eu-west-1").direct((data) -> data.type("r2"));
        assertThat(type).isEqualTo("list");
    }

    @Test
    void globalsAreProtectedAndSandboxed() {
        assertThat(attempt(() -> this.jedis.eval("return os.time()"))).asString()
            .contains("Script attempted to access nonexistent global variable 'os'");
        assertThat(attempt(() -> this.jedis.eval("return loadfile('x')"))).asString()
            .contains("Script attempted to access nonexistent global variable 'loadfile'");
        assertThat(attempt(() -> this.jedis.eval("return dofile('x')"))).asString()
            .contains("Script attempted to access nonexistent global variable 'dofile'");
        assertThat(this.jedis.eval("return {unpack({1, 2})}")).isEqualTo(List.of(1L, 2L));
        assertThat(this.jedis.eval("return cjson.encode(cjson.decode('{\"a\":[1,2.5,\"x\",true]}'))"))
            .isEqualTo("{\"a\":[1,2.5,\"x\",true]}");
    }

    @Test
    void restAnswersBusyAndAcceptsScriptKill() throws Exception {
        try (Jedis runner = jedis()) {
            CompletableFuture<Object> result = CompletableFuture.supplyAsync(() -> attempt(() -> runner.eval(LOOP)));
            awaitBusy(this.jedis);
            assertThat(rest("[\"PING\"]")).isEqualTo("{\"error\":\"" + BUSY + "\"}");
            assertThat(rest("[\"SCRIPT\",\"KILL\"]")).isEqualTo("{\"result\":\"OK\"}");
            assertThat((String) result.get(10, TimeUnit.SECONDS)).startsWith("ERR Script killed by user");
        }
    }

    @Test
    void blockedClientsSeeAScriptsWritesOnlyWhenItEnds() throws Exception {
        try (Jedis blocked = jedis(); Jedis runner = jedis()) {
            CompletableFuture<List<String>> popped = CompletableFuture.supplyAsync(() -> blocked.blpop(0, "q"));
            assertThat(poll(() -> this.jedis.clientList().contains("cmd=blpop"), true)).isTrue();
            // the script pushes, then spins until told to stop: the blocked client must
            // not be served in between, although other clients are answered (BUSY)
            String script = "redis.call('rpush', 'q', 'a', 'b') redis.call('lpop', 'q') "
                    + "while redis.call('get', 'stop') == false do end return 'done'";
            CompletableFuture<Object> result = CompletableFuture.supplyAsync(() -> attempt(() -> runner.eval(script)));
            awaitBusy(this.jedis);
            assertThat(popped).isNotDone();
            server.direct((data) -> {
                data.set("stop", "1");
                return null;
            });
            assertThat(result.get(10, TimeUnit.SECONDS)).isEqualTo("done");
            assertThat(popped.get(10, TimeUnit.SECONDS)).containsExactly("q", "b");
        }
    }

    @Test
    void transactionsQueuedWhileBusyAreAborted() throws Exception {
        try (Jedis runner = jedis(); Jedis other = jedis()) {
            CompletableFuture<Object> result = CompletableFuture.supplyAsync(
                    () -> attempt(() -> runner.eval("while redis.call('get', 'stop') == false do end return 'done'")));
            awaitBusy(this.jedis);
            redis.clients.jedis.Transaction tx = other.multi();
            tx.set("queued", "1");
            assertThatExceptionOfType(JedisDataException.class).isThrownBy(tx::exec).withMessageContaining("EXECABORT");
            server.direct((data) -> {
                data.set("stop", "1");
                return null;
            });
            assertThat(result.get(10, TimeUnit.SECONDS)).isEqualTo("done");
            assertThat(this.jedis.exists("queued")).isFalse();
        }
    }

    @Test
    void scriptWritesInvalidateWatches() {
        try (Jedis watcher = jedis()) {
            watcher.watch("w");
            this.jedis.eval("return redis.call('set', 'w', 'changed')");
            redis.clients.jedis.Transaction tx = watcher.multi();
            tx.set("w", "mine");
            assertThat(tx.exec()).isNull();
        }
        assertThat(this.jedis.get("w")).isEqualTo("changed");
    }

    private String rest(String body) throws Exception {
        return rest(server.restUrl(), body);
    }

    private String rest(String url, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
            .header("Authorization", "Bearer t")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
        return HttpClient.newHttpClient().send(request, BodyHandlers.ofString()).body();
    }

    private static void awaitBusy(Jedis jedis) {
        assertThat(poll(() -> attempt(jedis::ping), BUSY)).isEqualTo(BUSY);
    }

    private static <T> T poll(Supplier<T> probe, Object expected) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        T last = probe.get();
        while (!expected.equals(last) && System.nanoTime() < deadline) {
            Thread.onSpinWait();
            last = probe.get();
        }
        return last;
    }

    private static Object attempt(Supplier<?> call) {
        try {
            return call.get();
        }
        catch (JedisDataException ex) {
            return ex.getMessage();
        }
    }

}
