package io.unikv.internal.commands;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.unikv.KvServerException;
import io.unikv.RedisBatch;
import io.unikv.RedisStore;
import io.unikv.codec.KvCodec;
import io.unikv.commands.FunctionLibrary;
import io.unikv.commands.Script;
import io.unikv.transport.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link ScriptingCommandsImpl} through a real {@link RedisStore}, run by the subclasses
 * against every backend: the unikv test server (REST, RESP2, RESP3) and real
 * {@code redis-server} (RESP2, RESP3, cluster). Which commands the server ran is read
 * from {@code INFO commandstats}, so the EVALSHA-then-EVAL fallback is checked on the
 * server's side.
 *
 * @author unikv authors
 */
abstract class ScriptingCommandsImplIntegrationTests extends BackendTestSupport {

    private static final String INCR = "return redis.call('INCR', KEYS[1])";

    private static final String GET_RO = "#!lua flags=no-writes\nreturn redis.call('GET', KEYS[1])";

    private static final String LIBRARY = "#!lua name=unikvlib\n"
            + "redis.register_function('ulincr', function(keys, args) return redis.call('INCRBY', keys[1], args[1]) end)\n"
            + "redis.register_function{function_name='ulget', callback=function(keys) return redis.call('GET', keys[1]) end, "
            + "flags={'no-writes'}, description='reads a key'}";

    @BeforeEach
    void resetScripts() {
        this.store.scriptFlush();
        this.store.functionFlush();
        this.store.execute("CONFIG", "RESETSTAT");
    }

    @Test
    void evalPassesKeysAndArguments() {
        Reply reply = this.store.eval("return {KEYS[1], ARGV[1], ARGV[2], #KEYS, #ARGV}", List.of("k"),
                List.of("text", 42));
        List<Reply> items = reply.asList();
        assertThat(items.get(0).asString()).isEqualTo("k");
        assertThat(items.get(1).asString()).isEqualTo("text");
        assertThat(items.get(2).asString()).isEqualTo("42");
        assertThat(items.get(3).asLong()).isEqualTo(1);
        assertThat(items.get(4).asLong()).isEqualTo(2);
        assertThat(this.store.eval("return 7", List.of(), List.of())).isEqualTo(new Reply.Int(7));
        assertThat(this.store.eval("return nil", List.of(), List.of()).isNil()).isTrue();
        byte[] binary = { 0, (byte) 0xff, 1 };
        assertThat(this.store.eval("return ARGV[1]", List.of(), List.of((Object) binary)).asBytes()).isEqualTo(binary);
    }

    @Test
    void evalWrites() {
        assertThat(this.store.eval("return redis.call('SET', KEYS[1], ARGV[1])", List.of("k"), List.of("v")).asString())
            .isEqualTo("OK");
        assertThat(this.store.execute("GET", "k").asString()).isEqualTo("v");
    }

    @Test
    void scriptErrorsAreServerErrors() {
        assertThatExceptionOfType(KvServerException.class)
            .isThrownBy(() -> this.store.eval("return redis.error_reply('MYERR boom')", List.of(), List.of()))
            .satisfies((ex) -> assertThat(ex.getErrorCode()).isEqualTo("MYERR"));
    }

    @Test
    void evalReadOnlyRefusesWrites() {
        this.store.execute("SET", "k", "v");
        assertThat(this.store.evalReadOnly("return redis.call('GET', KEYS[1])", List.of("k"), List.of()).asString())
            .isEqualTo("v");
        assertThatExceptionOfType(KvServerException.class).isThrownBy(
                () -> this.store.evalReadOnly("return redis.call('SET', KEYS[1], 'x')", List.of("k"), List.of()));
        assertThat(this.store.execute("GET", "k").asString()).isEqualTo("v");
    }

    @Test
    void scriptLoadEvalshaAndExists() {
        String sha = this.store.scriptLoad(INCR);
        assertThat(sha).isEqualTo(Script.sha1Hex(INCR));
        assertThat(this.store.scriptExists(sha, Script.sha1Hex("return 0"))).containsExactly(true, false);
        assertThat(this.store.evalsha(sha, List.of("n"), List.of()).asLong()).isEqualTo(1);
        String ro = this.store.scriptLoad(GET_RO);
        assertThat(this.store.evalshaReadOnly(ro, List.of("n"), List.of()).asString()).isEqualTo("1");
        this.store.scriptFlush();
        assertThat(this.store.scriptExists(sha, ro)).containsExactly(false, false);
    }

    @Test
    void evalshaOfUnknownScriptIsNoscript() {
        assertThatExceptionOfType(KvServerException.class)
            .isThrownBy(() -> this.store.evalsha(Script.sha1Hex("return 0"), List.of(), List.of()))
            .satisfies((ex) -> assertThat(ex.getErrorCode()).isEqualTo("NOSCRIPT"));
    }

    @Test
    void scriptObjectTriesEvalshaThenEvalOnlyOnNoscript() {
        Script script = Script.of(INCR);
        assertThat(this.store.eval(script, List.of("n"), List.of()).asLong()).isEqualTo(1);
        assertThat(this.store.eval(script, List.of("n"), List.of()).asLong()).isEqualTo(2);
        // The first EVALSHA failed with NOSCRIPT and did not run, so INCR ran exactly
        // twice; EVAL cached the script, so the second EVALSHA found it. (SCRIPT EXISTS
        // is not asked: in a cluster EVAL caches the script on one master only.)
        assertThat(this.store.execute("GET", "n").asString()).isEqualTo("2");
        assertThat(calls()).containsEntry("evalsha", 2L).containsEntry("eval", 1L);
    }

    @Test
    void readOnlyScriptObjectUsesReadOnlyCommands() {
        this.store.execute("SET", "k", "v");
        Script script = Script.of(GET_RO);
        assertThat(script.isReadOnly()).isTrue();
        assertThat(this.store.eval(script, List.of("k"), List.of()).asString()).isEqualTo("v");
        assertThat(this.store.eval(script, List.of("k"), List.of()).asString()).isEqualTo("v");
        assertThat(calls()).containsEntry("evalsha_ro", 2L).containsEntry("eval_ro", 1L).doesNotContainKey("eval");
    }

    @Test
    void scriptObjectDoesNotFallBackOnOtherErrors() {
        this.store.execute("SET", "s", "not a number");
        Script script = Script.of(INCR);
        this.store.scriptLoad(INCR);
        assertThatExceptionOfType(KvServerException.class)
            .isThrownBy(() -> this.store.eval(script, List.of("s"), List.of()));
        assertThat(calls()).containsEntry("evalsha", 1L).doesNotContainKey("eval");
    }

    @Test
    void asyncView() {
        Script script = Script.of("return ARGV[1] .. KEYS[1]");
        CompletableFuture<Reply> result = this.store.async().eval(script, List.of("k"), List.of("x"));
        assertThat(result.join().asString()).isEqualTo("xk");
        assertThat(this.store.async().scriptLoad("return 1").join()).isEqualTo(Script.sha1Hex("return 1"));
        assertThat(this.store.async().scriptExists(Script.sha1Hex("return 1")).join()).containsExactly(true);
    }

    @Test
    void pipelineSendsScriptObjectsWithEval() {
        Script script = Script.of(INCR);
        RedisBatch batch = this.store.pipeline();
        CompletableFuture<Reply> first = batch.eval(script, List.of("n"), List.of());
        CompletableFuture<Reply> second = batch.evalsha(script.sha1(), List.of("n"), List.of());
        CompletableFuture<String> loaded = batch.scriptLoad(INCR);
        CompletableFuture<List<Boolean>> exists = batch.scriptExists(script.sha1());
        batch.exec();
        assertThat(first.join().asLong()).isEqualTo(1);
        assertThat(second.join().asLong()).isEqualTo(2);
        assertThat(loaded.join()).isEqualTo(script.sha1());
        assertThat(exists.join()).containsExactly(true);
    }

    @Test
    void transactionRunsScripts() {
        RedisBatch multi = this.store.multi();
        CompletableFuture<Reply> result = multi.eval(Script.of(INCR), List.of("n"), List.of());
        CompletableFuture<Reply> readOnly = multi.eval(Script.of(GET_RO), List.of("n"), List.of());
        multi.exec();
        assertThat(result.join().asLong()).isEqualTo(1);
        assertThat(readOnly.join().asString()).isEqualTo("1");
    }

    @Test
    void functionLoadAndFcall() {
        assertThat(this.store.functionLoad(LIBRARY, false)).isEqualTo("unikvlib");
        assertThat(this.store.fcall("ulincr", List.of("n"), List.of(5)).asLong()).isEqualTo(5);
        assertThat(this.store.fcall("ulincr", List.of("n"), List.of("2")).asLong()).isEqualTo(7);
        assertThat(this.store.fcallReadOnly("ulget", List.of("n"), List.of()).asString()).isEqualTo("7");
        assertThat(this.store.fcall("ulget", List.of("missing"), List.of()).isNil()).isTrue();
        assertThatExceptionOfType(KvServerException.class)
            .isThrownBy(() -> this.store.fcallReadOnly("ulincr", List.of("n"), List.of(1)))
            .withMessageContaining("Can not execute a script with write flag using *_ro command");
        assertThatExceptionOfType(KvServerException.class)
            .isThrownBy(() -> this.store.fcall("nosuchfunction", List.of(), List.of()))
            .withMessageContaining("Function not found");
        this.store.execute("SET", "text", "abc");
        assertThatExceptionOfType(KvServerException.class)
            .isThrownBy(() -> this.store.fcall("ulincr", List.of("text"), List.of(1)))
            .withMessageContaining("ERR value is not an integer or out of range script: ulincr");
        assertThat(this.store.execute("GET", "n").asString()).isEqualTo("7");
    }

    @Test
    void functionLoadRefusesAnExistingLibraryUnlessReplacing() {
        this.store.functionLoad(LIBRARY, false);
        assertThatExceptionOfType(KvServerException.class).isThrownBy(() -> this.store.functionLoad(LIBRARY, false))
            .withMessageContaining("Library 'unikvlib' already exists");
        String replacement = "#!lua name=unikvlib\nredis.register_function('ulincr', function() return 'new' end)";
        assertThat(this.store.functionLoad(replacement, true)).isEqualTo("unikvlib");
        assertThat(this.store.fcall("ulincr", List.of("n"), List.of(1)).asString()).isEqualTo("new");
        assertThatExceptionOfType(KvServerException.class)
            .isThrownBy(() -> this.store.fcall("ulget", List.of("n"), List.of()))
            .withMessageContaining("Function not found");
        assertThatExceptionOfType(KvServerException.class).isThrownBy(() -> this.store.functionLoad("return 1", false))
            .withMessageContaining("Missing library metadata");
    }

    @Test
    void functionListDescribesLibraries() {
        this.store.functionLoad(LIBRARY, false);
        this.store.functionLoad("#!lua name=otherlib\nredis.register_function('olf', function() return 1 end)", false);
        List<FunctionLibrary> all = this.store.functionList();
        assertThat(all).extracting(FunctionLibrary::name).containsExactlyInAnyOrder("unikvlib", "otherlib");
        List<FunctionLibrary> listed = this.store.functionList("unikv*", true);
        assertThat(listed).hasSize(1);
        FunctionLibrary library = listed.get(0);
        assertThat(library.name()).isEqualTo("unikvlib");
        assertThat(library.engine()).isEqualTo("LUA");
        assertThat(library.code()).isEqualTo(LIBRARY);
        assertThat(library.functions()).containsExactlyInAnyOrder(
                new FunctionLibrary.FunctionInfo("ulincr", null, java.util.Set.of()),
                new FunctionLibrary.FunctionInfo("ulget", "reads a key", java.util.Set.of("no-writes")));
        assertThat(this.store.functionList("unikv*", false).get(0).code()).isNull();
        assertThat(this.store.functionList("nomatch*", false)).isEmpty();
    }

    @Test
    void functionDeleteAndFlush() {
        this.store.functionLoad(LIBRARY, false);
        this.store.functionDelete("unikvlib");
        assertThat(this.store.functionList()).isEmpty();
        assertThatExceptionOfType(KvServerException.class)
            .isThrownBy(() -> this.store.fcall("ulincr", List.of("n"), List.of(1)))
            .withMessageContaining("Function not found");
        assertThatExceptionOfType(KvServerException.class).isThrownBy(() -> this.store.functionDelete("unikvlib"))
            .withMessageContaining("Library not found");
        this.store.functionLoad(LIBRARY, false);
        this.store.functionFlush();
        assertThat(this.store.functionList()).isEmpty();
    }

    @Test
    void functionsInAsyncViewPipelineAndTransaction() {
        assertThat(this.store.async().functionLoad(LIBRARY, false).join()).isEqualTo("unikvlib");
        assertThat(this.store.async().fcall("ulincr", List.of("n"), List.of(1)).join().asLong()).isEqualTo(1);
        RedisBatch batch = this.store.pipeline();
        CompletableFuture<Reply> incr = batch.fcall("ulincr", List.of("n"), List.of(10));
        CompletableFuture<Reply> read = batch.fcallReadOnly("ulget", List.of("n"), List.of());
        batch.exec();
        assertThat(incr.join().asLong()).isEqualTo(11);
        assertThat(read.join().asString()).isEqualTo("11");
        RedisBatch multi = this.store.multi();
        CompletableFuture<Reply> inMulti = multi.fcall("ulincr", List.of("n"), List.of(1));
        multi.exec();
        assertThat(inMulti.join().asLong()).isEqualTo(12);
        assertThat(this.store.async().functionList().join()).hasSize(1);
    }

    /**
     * The {@code INFO commandstats} of every node that may run the scripts: the store's
     * node by default; a cluster subclass reads every master, as INFO goes to one node.
     * @return the sections
     */
    List<String> commandStats() {
        return List.of(this.store.info("commandstats"));
    }

    private Map<String, Long> calls() {
        Map<String, Long> calls = new java.util.HashMap<>();
        for (String info : commandStats()) {
            Matcher matcher = Pattern.compile("cmdstat_([a-z_|]+):calls=(\\d+)").matcher(info);
            while (matcher.find()) {
                calls.merge(matcher.group(1), Long.parseLong(matcher.group(2)), Long::sum);
            }
        }
        return calls;
    }

}
