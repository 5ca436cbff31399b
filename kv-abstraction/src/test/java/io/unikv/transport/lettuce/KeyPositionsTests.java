package io.unikv.transport.lettuce;

import io.unikv.transport.Command;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link KeyPositions}.
 *
 * @author unikv authors
 */
class KeyPositionsTests {

    @Test
    void mostCommandsStartWithTheirKey() {
        assertThat(KeyPositions.firstKey(Command.write("SET", "k", "v"))).isZero();
        assertThat(KeyPositions.firstKey(Command.read("MGET", "a", "b"))).isZero();
    }

    @Test
    void keylessCommandsHaveNoKey() {
        assertThat(KeyPositions.firstKey(Command.read("PING"))).isEqualTo(-1);
        assertThat(KeyPositions.firstKey(Command.read("INFO", "server"))).isEqualTo(-1);
        assertThat(KeyPositions.firstKey(Command.write("SCRIPT", "LOAD", "return 1"))).isEqualTo(-1);
        assertThat(KeyPositions.firstKey(Command.read("DBSIZE"))).isEqualTo(-1);
    }

    @Test
    void scriptsNameTheirKeysAfterNumkeys() {
        assertThat(KeyPositions.firstKey(Command.write("EVAL", "return 1", 1, "k", "arg"))).isEqualTo(2);
        assertThat(KeyPositions.firstKey(Command.write("EVALSHA", "abc", 0, "arg"))).isEqualTo(-1);
    }

    @Test
    void commandsWithNumkeysOrSubcommandsOrStreams() {
        assertThat(KeyPositions.firstKey(Command.read("ZUNION", 2, "a", "b"))).isEqualTo(1);
        assertThat(KeyPositions.firstKey(Command.write("BLMPOP", 1, 2, "a", "b", "LEFT"))).isEqualTo(2);
        assertThat(KeyPositions.firstKey(Command.read("OBJECT", "ENCODING", "k"))).isEqualTo(1);
        assertThat(KeyPositions.firstKey(Command.read("MEMORY", "USAGE", "k"))).isEqualTo(1);
        assertThat(KeyPositions.firstKey(Command.read("XREAD", "COUNT", 2, "STREAMS", "s", "0"))).isEqualTo(3);
    }

}
