package io.unikv.testserver.internal.commands;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code COMMAND INFO} flags are named as Redis 7.0 names them ({@code no_auth},
 * {@code skip_monitor}), checked against {@code redis-cli COMMAND INFO} of redis-server
 * 7.0.15.
 *
 * @author unikv authors
 */
class CommandCommandsTests {

    private final EngineCalls redis = new EngineCalls();

    @AfterEach
    void close() {
        this.redis.close();
    }

    @Test
    void flagsUseRedisNames() {
        assertThat(flags("eval")).contains("noscript", "stale", "skip_monitor");
        assertThat(flags("auth")).contains("no_auth").doesNotContain("no-auth");
    }

    private List<Object> flags(String command) {
        List<?> info = (List<?>) ((List<?>) this.redis.call("COMMAND", "INFO", command)).get(0);
        @SuppressWarnings("unchecked")
        List<Object> flags = (List<Object>) info.get(2);
        return flags;
    }

}
