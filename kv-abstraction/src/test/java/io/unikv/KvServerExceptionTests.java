package io.unikv;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link KvServerException}.
 *
 * @author unikv authors
 */
class KvServerExceptionTests {

    @Test
    void errorCodeIsRedisPrefix() {
        KvServerException ex = new KvServerException(
                "WRONGTYPE Operation against a key holding the wrong kind of value");
        assertThat(ex.getErrorCode()).isEqualTo("WRONGTYPE");
        assertThat(ex).hasMessage("WRONGTYPE Operation against a key holding the wrong kind of value");
        assertThat(new KvServerException("NOSCRIPT No matching script. Please use EVAL.").getErrorCode())
            .isEqualTo("NOSCRIPT");
    }

    @Test
    void messageWithoutPrefixCountsAsErr() {
        assertThat(new KvServerException("").getErrorCode()).isEqualTo("ERR");
        assertThat(new KvServerException("LOADING").getErrorCode()).isEqualTo("LOADING");
    }

}
