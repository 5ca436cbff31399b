package io.unikv.transport.lettuce;

import java.time.Duration;

import io.unikv.transport.Command;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link Blocking}.
 *
 * @author unikv authors
 */
class BlockingTests {

    @Test
    void recognizesBlockingCommands() {
        assertThat(Blocking.isBlocking(Command.write("BLPOP", "a", "1"))).isTrue();
        assertThat(Blocking.isBlocking(Command.write("BZMPOP", "1", 1, "z", "MIN"))).isTrue();
        assertThat(Blocking.isBlocking(Command.write("LPOP", "a"))).isFalse();
    }

    @Test
    void readsTheServerSideTimeout() {
        assertThat(Blocking.blockingTimeout(Command.write("BLPOP", "a", "b", "1.5")))
            .isEqualTo(Duration.ofMillis(1500));
        assertThat(Blocking.blockingTimeout(Command.write("BLMOVE", "a", "b", "LEFT", "RIGHT", "2")))
            .isEqualTo(Duration.ofSeconds(2));
        assertThat(Blocking.blockingTimeout(Command.write("BLMPOP", "0.25", 1, "a", "LEFT")))
            .isEqualTo(Duration.ofMillis(250));
    }

    @Test
    void waitingForeverOrAnUnreadableTimeoutAddsNothing() {
        assertThat(Blocking.blockingTimeout(Command.write("BLPOP", "a", "0"))).isZero();
        assertThat(Blocking.blockingTimeout(Command.write("BRPOP", "a", "soon"))).isZero();
    }

    @Test
    void streamReadsBlockOnlyWithBlock() {
        assertThat(Blocking.isBlocking(Command.read("XREAD", "BLOCK", 100, "STREAMS", "s", "$"))).isTrue();
        assertThat(Blocking.isBlocking(Command.write("XREADGROUP", "GROUP", "g", "c", "BLOCK", 0, "STREAMS", "s", ">")))
            .isTrue();
        assertThat(Blocking.isBlocking(Command.read("XREAD", "COUNT", 1, "STREAMS", "s", "0"))).isFalse();
        assertThat(Blocking.blockingTimeout(Command.read("XREAD", "COUNT", 1, "BLOCK", 250, "STREAMS", "s", "$")))
            .isEqualTo(Duration.ofMillis(250));
        assertThat(Blocking.blockingTimeout(Command.read("XREAD", "BLOCK", 0, "STREAMS", "s", "$"))).isZero();
        // a stream named BLOCK after STREAMS is a key, not the option
        assertThat(Blocking.blockingTimeout(Command.read("XREAD", "STREAMS", "BLOCK", "5"))).isZero();
    }

}
