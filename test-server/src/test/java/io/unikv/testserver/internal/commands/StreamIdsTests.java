package io.unikv.testserver.internal.commands;

import java.nio.charset.StandardCharsets;

import io.unikv.testserver.internal.engine.RedisError;
import io.unikv.testserver.internal.engine.StreamId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link StreamIds}: Redis's {@code string2ull} rules (strict integers, else
 * what {@code strtoull} accepts), the special IDs and exclusive range ends.
 *
 * @author unikv authors
 */
class StreamIdsTests {

    @Test
    void parsesLikeRedis() {
        assertThat(StreamIds.strict(bytes("5-3"))).isEqualTo(new StreamId(5, 3));
        assertThat(StreamIds.strict(bytes("5"))).isEqualTo(new StreamId(5, 0));
        assertThat(StreamIds.strict(bytes("01-02"))).isEqualTo(new StreamId(1, 2));
        assertThat(StreamIds.strict(bytes(" 7-+1"))).isEqualTo(new StreamId(7, 1));
        assertThat(StreamIds.strict(bytes("18446744073709551615-1"))).isEqualTo(new StreamId(-1, 1));
        // strtoull wraps a minus sign around, string2ll would have refused the number
        assertThat(StreamIds.strict(bytes("1- -5"))).isEqualTo(new StreamId(1, -5));
        assertThat(StreamIds.strict(bytes("1--05"))).isEqualTo(new StreamId(1, -5));
        for (String invalid : new String[] { "-", "+", "", "x", "1-", "-1", "1--5", "1-x", "18446744073709551616",
                "1.5", "9".repeat(128) }) {
            assertThatExceptionOfType(RedisError.class).as(invalid)
                .isThrownBy(() -> StreamIds.strict(bytes(invalid)))
                .withMessage("ERR Invalid stream ID specified as stream command argument");
        }
    }

    @Test
    void rangeEnds() {
        assertThat(StreamIds.rangeStart(bytes("-"))).isEqualTo(StreamId.MIN);
        assertThat(StreamIds.rangeEnd(bytes("+"))).isEqualTo(StreamId.MAX);
        assertThat(StreamIds.rangeEnd(bytes("5"))).isEqualTo(new StreamId(5, -1));
        assertThat(StreamIds.rangeStart(bytes("(5-1"))).isEqualTo(new StreamId(5, 2));
        assertThat(StreamIds.rangeEnd(bytes("(5-0"))).isEqualTo(new StreamId(4, -1));
        assertThatExceptionOfType(RedisError.class).isThrownBy(() -> StreamIds.rangeStart(bytes("(+")));
        assertThatExceptionOfType(RedisError.class).isThrownBy(() -> StreamIds.rangeEnd(bytes("(0-0")))
            .withMessage("ERR invalid end ID for the interval");
    }

    @Test
    void addIds() {
        assertThat(StreamIds.forAdd(bytes("5-*"))).isEqualTo(new StreamIds.AddId(new StreamId(5, 0), false));
        assertThat(StreamIds.forAdd(bytes("5-1"))).isEqualTo(new StreamIds.AddId(new StreamId(5, 1), true));
        assertThatExceptionOfType(RedisError.class).isThrownBy(() -> StreamIds.forAdd(bytes("*-1")));
        assertThatExceptionOfType(RedisError.class).isThrownBy(() -> StreamIds.forAdd(bytes("-*")));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

}
