package io.unikv.transport.lettuce;

import io.unikv.transport.Command;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ClusterFanOut#handles}; the merging is covered against a real cluster
 * by {@link ClusterFanOutIntegrationTests}.
 *
 * @author unikv authors
 */
class ClusterFanOutTests {

    @Test
    void nodeWideCommandsGoToEveryMaster() {
        for (Command command : new Command[] { Command.read("DBSIZE"), Command.write("FLUSHDB"),
                Command.write("FLUSHALL", "ASYNC"), Command.read("KEYS", "*"), Command.read("SCAN", "0"),
                Command.read("RANDOMKEY"), Command.write("SCRIPT", "LOAD", "return 1"),
                Command.read("script", "exists", "abc"), Command.write("SCRIPT", "FLUSH"),
                Command.write("CONFIG", "RESETSTAT") }) {
            assertThat(ClusterFanOut.handles(command)).as(command.toString()).isTrue();
        }
    }

    @Test
    void otherCommandsGoToOneNode() {
        for (Command command : new Command[] { Command.read("PING"), Command.read("INFO"), Command.read("GET", "k"),
                Command.write("SCRIPT", "KILL"), Command.read("CONFIG", "GET", "maxmemory"),
                Command.write("EVAL", "return 1", 0) }) {
            assertThat(ClusterFanOut.handles(command)).as(command.toString()).isFalse();
        }
    }

}
