package io.unikv.transport.lettuce;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.unikv.transport.Reply;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ReplyOutput}.
 *
 * @author unikv authors
 */
class ReplyOutputTests {

    @Test
    void scalars() {
        assertThat(single((output) -> output.set(buffer("v")))).isEqualTo(Reply.Bulk.of("v"));
        assertThat(single((output) -> output.set((ByteBuffer) null))).isEqualTo(Reply.NIL);
        assertThat(single((output) -> output.set(42L))).isEqualTo(new Reply.Int(42));
        assertThat(single((output) -> output.set(1.5))).isEqualTo(new Reply.Double(1.5));
        assertThat(single((output) -> output.set(true))).isEqualTo(new Reply.Bool(true));
        assertThat(single((output) -> output.setBigNumber(buffer("123456789012345678901234567890"))))
            .isEqualTo(new Reply.BigNumber("123456789012345678901234567890"));
    }

    @Test
    void errorsAreValuesNotFailures() {
        ReplyOutput output = new ReplyOutput();
        output.setError(buffer("WRONGTYPE Operation against a key holding the wrong kind of value"));
        assertThat(output.hasError()).isFalse();
        assertThat(output.getError()).isNull();
        assertThat(output.get())
            .isEqualTo(new Reply.Error("WRONGTYPE Operation against a key holding the wrong kind of value"));
    }

    @Test
    void nestedAggregates() {
        ReplyOutput output = new ReplyOutput();
        output.multiArray(3);
        output.set(1L);
        output.multiMap(1);
        output.set(buffer("k"));
        output.multiSet(2);
        output.set(buffer("a"));
        output.set(buffer("b"));
        output.multiArray(0);
        assertThat(output.get()).isEqualTo(new Reply.Array(List.of(new Reply.Int(1),
                new Reply.MapReply(
                        Map.of(Reply.Bulk.of("k"), new Reply.Set(List.of(Reply.Bulk.of("a"), Reply.Bulk.of("b"))))),
                new Reply.Array(List.of()))));
    }

    @Test
    void nilArrayAndErrorsInsideArrays() {
        ReplyOutput output = new ReplyOutput();
        output.multiArray(2);
        output.multiArray(-1);
        output.setError(buffer("ERR inside"));
        assertThat(output.get()).isEqualTo(new Reply.Array(List.of(Reply.NIL, new Reply.Error("ERR inside"))));
        assertThat(output.getError()).isNull();
    }

    @Test
    void redirectsAreVisibleToTheClusterConnectionAndResettable() {
        ReplyOutput output = new ReplyOutput();
        output.setError(buffer("MOVED 3999 127.0.0.1:6381"));
        assertThat(output.getError()).isEqualTo("MOVED 3999 127.0.0.1:6381");
        assertThat(output.hasError()).isFalse();
        output.setError((String) null);
        assertThat(output.get()).isNull();
        output.set(buffer("v"));
        assertThat(output.get()).isEqualTo(Reply.Bulk.of("v"));
    }

    @Test
    void lettuceFailuresAreFailures() {
        ReplyOutput output = new ReplyOutput();
        output.setError("Connection closed");
        assertThat(output.hasError()).isTrue();
    }

    private static Reply single(java.util.function.Consumer<ReplyOutput> action) {
        ReplyOutput output = new ReplyOutput();
        action.accept(output);
        return output.get();
    }

    private static ByteBuffer buffer(String text) {
        return ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
    }

}
