package io.unikv.transport;

import java.util.List;

import io.unikv.KvServerException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests for {@link Reply}.
 *
 * @author unikv authors
 */
class ReplyTests {

    @Test
    void errorRepliesThrowWithRedisText() {
        Reply error = new Reply.Error("WRONGTYPE Operation against a key holding the wrong kind of value");
        assertThatExceptionOfType(KvServerException.class).isThrownBy(error::asString)
            .withMessage("WRONGTYPE Operation against a key holding the wrong kind of value")
            .satisfies((ex) -> assertThat(ex.getErrorCode()).isEqualTo("WRONGTYPE"));
        assertThat(Reply.OK.throwIfError()).isSameAs(Reply.OK);
    }

    @Test
    void stringsReadFromBulkStatusAndNumbers() {
        assertThat(Reply.Bulk.of("héllo").asString()).isEqualTo("héllo");
        assertThat(Reply.OK.asString()).isEqualTo("OK");
        assertThat(new Reply.Int(7).asString()).isEqualTo("7");
        assertThat(new Reply.Double(2.5).asString()).isEqualTo("2.5");
        assertThat(Reply.NIL.asString()).isNull();
        assertThat(Reply.NIL.asBytes()).isNull();
        assertThat(Reply.NIL.isNil()).isTrue();
    }

    @Test
    void longsReadFromIntegersAndNumericStrings() {
        assertThat(new Reply.Int(-5).asLong()).isEqualTo(-5);
        assertThat(Reply.Bulk.of("42").asLong()).isEqualTo(42);
        assertThat(new Reply.Bool(true).asLong()).isEqualTo(1);
        assertThatIllegalStateException().isThrownBy(() -> Reply.Bulk.of("x").asLong())
            .withMessageStartingWith("Expected an integer reply");
        assertThatIllegalStateException().isThrownBy(() -> Reply.NIL.asLong());
    }

    @Test
    void aggregatesExposeTheirElements() {
        Reply array = new Reply.Array(List.of(Reply.Bulk.of("a"), Reply.NIL));
        assertThat(array.asList()).containsExactly(Reply.Bulk.of("a"), Reply.NIL);
        assertThat(Reply.NIL.asList()).isEmpty();
        assertThatIllegalStateException().isThrownBy(() -> Reply.OK.asList());
    }

    @Test
    void bulkRepliesCompareByContent() {
        assertThat(Reply.Bulk.of("x")).isEqualTo(new Reply.Bulk(new byte[] { 'x' }))
            .hasSameHashCodeAs(new Reply.Bulk(new byte[] { 'x' }));
        assertThat(Reply.Bulk.of("secret").toString()).doesNotContain("secret");
    }

    @Test
    void responsesHoldOneReplyPerCommand() {
        Response response = new Response(List.of(Reply.OK), null);
        assertThat(response.reply()).isEqualTo(Reply.OK);
        assertThatIllegalStateException().isThrownBy(() -> new Response(List.of(Reply.OK, Reply.NIL), null).reply());
    }

}
