package io.unikv.testserver.internal.engine;

import java.time.Clock;
import java.util.concurrent.TimeUnit;

import io.unikv.testserver.internal.commands.CommandRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A handler that fails unexpectedly (a bug) answers its command with an error; the client
 * stays connected and its next command works.
 *
 * @author unikv authors
 */
class EngineFailureTests {

    @Test
    void aFailingHandlerAnswersWithAnErrorAndTheClientCarriesOn() throws Exception {
        CommandTable table = CommandRegistry.createTable();
        table.register(CommandSpec.of("broken", 1, (context) -> {
            throw new IllegalStateException("unexpected\r\nstate");
        }));
        try (Engine engine = new Engine(new EngineSettings(Clock.systemUTC(), null, null), table)) {
            Client client = engine.connect("127.0.0.1:1", "127.0.0.1:6379", new RecordingSink());
            Reply broken = engine.call(() -> engine.dispatch(client, RecordingSink.args("BROKEN")))
                .get(10, TimeUnit.SECONDS);
            assertThat(broken)
                .isEqualTo(Reply.error("ERR internal error in broken: IllegalStateException: unexpected  state"));
            Reply ping = engine.call(() -> engine.dispatch(client, RecordingSink.args("PING")))
                .get(10, TimeUnit.SECONDS);
            assertThat(ping).isEqualTo(new Reply.Simple("PONG"));
            assertThat(client.closed).isFalse();
        }
    }

}
