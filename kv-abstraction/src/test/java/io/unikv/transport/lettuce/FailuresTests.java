package io.unikv.transport.lettuce;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletionException;

import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisCommandTimeoutException;
import io.lettuce.core.RedisConnectionException;
import io.lettuce.core.RedisException;
import io.unikv.KvAuthenticationException;
import io.unikv.KvConnectionException;
import io.unikv.KvTimeoutException;
import io.unikv.KvUnavailableException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link Failures}.
 *
 * @author unikv authors
 */
class FailuresTests {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    @Test
    void timeoutsAreTimeouts() {
        assertThat(Failures.translate(new CompletionException(new RedisCommandTimeoutException("late")), "GET", true,
                TIMEOUT))
            .isInstanceOf(KvTimeoutException.class)
            .hasMessage("Command GET timed out after 2000 ms");
    }

    @Test
    void credentialsAreAuthenticationFailures() {
        assertThat(Failures.connect(
                new RedisConnectionException("Unable to connect",
                        new RedisCommandExecutionException("WRONGPASS invalid username-password pair")),
                "tcp redis://x:1"))
            .isInstanceOf(KvAuthenticationException.class)
            .hasMessage("WRONGPASS invalid username-password pair");
        assertThat(Failures.translate(new RedisCommandExecutionException("NOAUTH Authentication required."), "GET",
                true, TIMEOUT))
            .isInstanceOf(KvAuthenticationException.class);
        assertThat(Failures.isAuthenticationError("NOAUTH Authentication required.")).isTrue();
        assertThat(Failures.isAuthenticationError("ERR no")).isFalse();
    }

    @Test
    void whetherTheCommandWasWrittenDecidesTheOutcome() {
        RedisException closed = new RedisException("Connection closed");
        assertThat(Failures.translate(closed, "INCR", false, TIMEOUT)).isInstanceOf(KvUnavailableException.class);
        assertThat(Failures.translate(closed, "INCR", true, TIMEOUT)).isInstanceOf(KvConnectionException.class)
            .hasMessageContaining("may have been applied");
    }

    @Test
    void refusedConnectionsAreUnavailable() {
        assertThat(Failures.connect(new RedisConnectionException("Unable to connect", new IOException("refused")),
                "tcp redis://x:1"))
            .isInstanceOf(KvUnavailableException.class)
            .hasMessageContaining("tcp redis://x:1");
    }

}
