package io.unikv.testserver.internal.scripting;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import io.unikv.testserver.internal.commands.CommandRegistry;
import io.unikv.testserver.internal.engine.Client;
import io.unikv.testserver.internal.engine.Engine;
import io.unikv.testserver.internal.engine.EngineSettings;
import io.unikv.testserver.internal.engine.ReplicationEntry;
import io.unikv.testserver.internal.engine.RecordingSink;
import io.unikv.testserver.internal.engine.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Scripting on an engine without sockets: what replicas see of a script, and that closing
 * the engine aborts a runaway script.
 *
 * @author unikv authors
 */
class ScriptingEngineTests {

    private final Engine engine = new Engine(new EngineSettings(Clock.systemUTC(), null, null),
            CommandRegistry.createTable());

    private final Client client = this.engine.connect("127.0.0.1:1", "127.0.0.1:6379", new RecordingSink());

    @AfterEach
    void close() {
        this.engine.close();
    }

    @Test
    void aScriptsWritesReachReplicasAsOneEntry() throws Exception {
        List<ReplicationEntry> entries = new CopyOnWriteArrayList<>();
        this.engine.replicationLog(entries::add);
        Reply reply = call("EVAL", "redis.call('set', 'a', '1') redis.call('set', 'b', '2') "
                + "redis.call('rpush', 'c', 'x') redis.call('del', 'a') return 'done'", "0");
        assertThat(text(reply)).isEqualTo("done");
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).effects()).extracting((effect) -> effect.key().toString())
            .containsExactlyInAnyOrder("a", "b", "c");
        assertThat(entries.get(0).effects()).filteredOn((effect) -> effect.key().toString().equals("a"))
            .allSatisfy((effect) -> assertThat(effect.value()).isNull());
    }

    @Test
    void aScriptThatFailsHalfwayKeepsItsEarlierWrites() throws Exception {
        Reply reply = call("EVAL",
                "redis.call('set', 'a', '1') redis.call('incr', 'a') redis.call('lpush', 'a', 'x') " + "return 1", "0");
        assertThat(reply).isInstanceOf(Reply.Err.class);
        assertThat(((Reply.Err) reply).message()).startsWith("WRONGTYPE");
        assertThat(text(call("GET", "a"))).isEqualTo("2");
    }

    @Test
    void closingTheEngineAbortsARunawayScript() {
        RecordingSink replies = new RecordingSink();
        Client runner = this.engine.connect("127.0.0.1:2", "127.0.0.1:6379", replies);
        this.engine.submit(runner, List.<byte[][]>of(RecordingSink.args("EVAL", "while true do end", "0")));
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> this.engine.close());
        assertThat(replies.replies()).singleElement()
            .satisfies((reply) -> assertThat(((Reply.Err) reply).message()).startsWith("ERR Script killed"));
    }

    private Reply call(String... words) throws Exception {
        return this.engine.call(() -> this.engine.dispatch(this.client, RecordingSink.args(words)))
            .get(10, TimeUnit.SECONDS);
    }

    private static String text(Reply reply) {
        assertThat(reply).isInstanceOf(Reply.Bulk.class);
        return new String(((Reply.Bulk) reply).bytes(), StandardCharsets.UTF_8);
    }

}
