package io.unikv.testserver.internal.rest;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.unikv.testserver.internal.engine.Reply;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link JsonReplyWriter}: every reply type in RESP2 shape, with and without
 * base64.
 *
 * @author unikv authors
 */
class JsonReplyWriterTests {

    @Test
    void resp3TypesTakeTheirResp2Shape() {
        assertThat(plain(new Reply.MapReply(List.of(Reply.bulk("f"), Reply.bulk("v"))))).isEqualTo("[\"f\",\"v\"]");
        assertThat(plain(new Reply.SetReply(List.of(Reply.bulk("m"))))).isEqualTo("[\"m\"]");
        assertThat(plain(new Reply.Dbl(2.5))).isEqualTo("\"2.5\"");
        assertThat(plain(new Reply.Dbl(Double.POSITIVE_INFINITY))).isEqualTo("\"inf\"");
        assertThat(plain(new Reply.Bool(true))).isEqualTo("1");
        assertThat(plain(new Reply.Bool(false))).isEqualTo("0");
        assertThat(plain(new Reply.Verbatim("txt"))).isEqualTo("\"txt\"");
        assertThat(plain(Reply.NULL)).isEqualTo("null");
        assertThat(plain(Reply.NULL_ARRAY)).isEqualTo("null");
        assertThat(plain(Reply.integer(Long.MIN_VALUE))).isEqualTo("-9223372036854775808");
        assertThat(plain(Reply.array(List.of(Reply.array(List.of(Reply.ONE, Reply.NULL)), Reply.EMPTY_ARRAY))))
            .isEqualTo("[[1,null],[]]");
    }

    @Test
    void envelopesCarryEitherResultOrError() {
        assertThat(text(JsonReplyWriter.envelope(Reply.OK, ResponseEncoding.PLAIN))).isEqualTo("{\"result\":\"OK\"}");
        assertThat(text(JsonReplyWriter.envelope(Reply.error("ERR x \"y\""), ResponseEncoding.BASE64)))
            .isEqualTo("{\"error\":\"ERR x \\\"y\\\"\"}");
        assertThat(text(JsonReplyWriter.envelopes(List.of(Reply.ONE, Reply.error("ERR e")), ResponseEncoding.PLAIN)))
            .isEqualTo("[{\"result\":1},{\"error\":\"ERR e\"}]");
    }

    @Test
    void base64EncodesEveryStringExceptATopLevelOk() {
        assertThat(base64(Reply.OK)).isEqualTo("\"OK\"");
        assertThat(base64(new Reply.Simple("PONG"))).isEqualTo("\"UE9ORw==\"");
        assertThat(base64(Reply.bulk("OK"))).isEqualTo("\"T0s=\"");
        assertThat(base64(Reply.array(List.of(Reply.OK, Reply.array(List.of(Reply.OK))))))
            .isEqualTo("[\"T0s=\",[\"T0s=\"]]");
        assertThat(base64(Reply.bulk(new byte[] { (byte) 0xFF, 0 }))).isEqualTo("\"/wA=\"");
        assertThat(base64(new Reply.Dbl(1.5))).isEqualTo("\"MS41\"");
        assertThat(base64(new Reply.MapReply(List.of(Reply.bulk("a"), Reply.integer(7))))).isEqualTo("[\"YQ==\",7]");
        assertThat(base64(Reply.array(List.of(Reply.error("ERR nested"))))).isEqualTo("[\"ERR nested\"]");
    }

    @Test
    void invalidUtf8IsReplacedWithoutBase64() {
        assertThat(plain(Reply.bulk(new byte[] { 'a', (byte) 0xC3, '(' }))).isEqualTo("\"a\uFFFD(\"");
        assertThat(plain(Reply.bulk("é\u0001"))).isEqualTo("\"é\\u0001\"");
    }

    private static String plain(Reply reply) {
        return result(JsonReplyWriter.envelope(reply, ResponseEncoding.PLAIN));
    }

    private static String base64(Reply reply) {
        return result(JsonReplyWriter.envelope(reply, ResponseEncoding.BASE64));
    }

    private static String result(byte[] envelope) {
        String text = text(envelope);
        assertThat(text).startsWith("{\"result\":").endsWith("}");
        return text.substring("{\"result\":".length(), text.length() - 1);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

}
