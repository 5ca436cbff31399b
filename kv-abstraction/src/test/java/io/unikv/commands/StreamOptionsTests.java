package io.unikv.commands;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for the stream option types: {@link XAddOptions}, {@link StreamTrimOptions},
 * {@link XReadOptions}, {@link XPendingOptions}, {@link XClaimOptions} and
 * {@link StreamOffset}.
 *
 * @author unikv authors
 */
class StreamOptionsTests {

    @Test
    void xaddOptionsRenderInRedisOrder() {
        assertThat(XAddOptions.none().arguments()).containsExactly("*");
        assertThat(XAddOptions.none()
            .trim(StreamTrimOptions.maxLen(10).approximate().limit(5))
            .id("5-*")
            .noMkStream()
            .arguments()).containsExactly("NOMKSTREAM", "MAXLEN", "~", "10", "LIMIT", 5L, "5-*");
    }

    @Test
    void trimOptions() {
        assertThat(StreamTrimOptions.maxLen(0).arguments()).containsExactly("MAXLEN", "0");
        assertThat(StreamTrimOptions.minId("5-0").approximate().arguments()).containsExactly("MINID", "~", "5-0");
        assertThatIllegalArgumentException().isThrownBy(() -> StreamTrimOptions.maxLen(-1));
        assertThatIllegalArgumentException().isThrownBy(() -> StreamTrimOptions.maxLen(1).limit(-1));
    }

    @Test
    void readOptions() {
        assertThat(XReadOptions.none().arguments()).isEmpty();
        assertThat(XReadOptions.none().noAck().block(Duration.ofSeconds(2)).count(3).arguments())
            .containsExactly("COUNT", 3L, "BLOCK", 2000L, "NOACK");
        assertThat(XReadOptions.none().block(Duration.ZERO).arguments()).containsExactly("BLOCK", 0L);
        assertThatIllegalArgumentException().isThrownBy(() -> XReadOptions.none().count(0));
        assertThatIllegalArgumentException().isThrownBy(() -> XReadOptions.none().block(Duration.ofMillis(-1)));
    }

    @Test
    void pendingOptions() {
        assertThat(XPendingOptions.first(10).arguments()).containsExactly("-", "+", 10L);
        assertThat(XPendingOptions.range("(1-0", "5", 2).consumer("c").minIdle(Duration.ofSeconds(1)).arguments())
            .containsExactly("IDLE", 1000L, "(1-0", "5", 2L, "c");
    }

    @Test
    void claimOptionsKeepTheCallOrder() {
        assertThat(XClaimOptions.none().arguments()).isEmpty();
        assertThat(XClaimOptions.none()
            .idle(Duration.ofMillis(5))
            .time(Instant.ofEpochMilli(7))
            .retryCount(2)
            .force()
            .lastId("9-0")
            .arguments()).containsExactly("IDLE", 5L, "TIME", 7L, "RETRYCOUNT", 2L, "FORCE", "LASTID", "9-0");
    }

    @Test
    void offsets() {
        assertThat(StreamOffset.latest("s")).isEqualTo(new StreamOffset("s", "$"));
        assertThat(StreamOffset.undelivered("s")).isEqualTo(new StreamOffset("s", ">"));
        assertThat(StreamOffset.from("s", "0")).isEqualTo(new StreamOffset("s", "0"));
    }

}
