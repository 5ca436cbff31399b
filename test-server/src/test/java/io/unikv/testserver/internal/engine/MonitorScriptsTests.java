package io.unikv.testserver.internal.engine;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.unikv.testserver.internal.commands.CommandRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * MONITOR shows a script before the commands it runs, and those as coming from the
 * {@code lua} client, as Redis does.
 *
 * @author unikv authors
 */
class MonitorScriptsTests {

    @Test
    void scriptCommandsComeFromTheLuaClientAfterTheScript() throws Exception {
        try (Engine engine = new Engine(new EngineSettings(Clock.systemUTC(), null, null),
                CommandRegistry.createTable())) {
            RecordingSink lines = new RecordingSink();
            Client monitor = engine.connect("127.0.0.1:1000", "127.0.0.1:6379", lines);
            Client caller = engine.connect("127.0.0.1:2000", "127.0.0.1:6379", new RecordingSink());
            engine.call(() -> engine.dispatch(monitor, RecordingSink.args("MONITOR"))).get(10, TimeUnit.SECONDS);
            engine
                .call(() -> engine.dispatch(caller,
                        RecordingSink.args("EVAL", "return redis.call('SET', KEYS[1], 'v')", "1", "k")))
                .get(30, TimeUnit.SECONDS);
            List<String> texts = lines.replies()
                .stream()
                .filter(Reply.Simple.class::isInstance)
                .map((reply) -> ((Reply.Simple) reply).text())
                .filter((text) -> text.contains("["))
                .toList();
            assertThat(texts).hasSize(2);
            assertThat(texts.get(0)).contains("[0 127.0.0.1:2000] \"EVAL\"");
            assertThat(texts.get(1)).contains("[0 lua] \"SET\" \"k\" \"v\"");
        }
    }

}
