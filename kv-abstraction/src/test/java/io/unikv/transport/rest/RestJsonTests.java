package io.unikv.transport.rest;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import io.unikv.KvCodecException;
import io.unikv.transport.Command;
import io.unikv.transport.Reply;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link CommandJson}, {@link ReplyJson} and {@link PathCommand}.
 */
class RestJsonTests {

    @Test
    void commandsAreJsonArraysOfStrings() {
        Command command = Command.write("SET", "k", "a\"b\\c\u00e9", 10, 1.5);
        assertThat(text(CommandJson.single(command))).isEqualTo("[\"SET\",\"k\",\"a\\\"b\\\\c\u00e9\",\"10\",\"1.5\"]");
        assertThat(text(CommandJson.batch(List.of(Command.read("GET", "a"), Command.read("PING")))))
            .isEqualTo("[[\"GET\",\"a\"],[\"PING\"]]");
    }

    @Test
    void bytesThatAreNotUtf8CannotBeJson() {
        Command binary = Command.write("SET", "k", new byte[] { (byte) 0xFF });
        assertThat(CommandJson.isJsonSafe(binary)).isFalse();
        assertThat(CommandJson.isJsonSafe(Command.write("SET", "k", "\u4e16".getBytes(StandardCharsets.UTF_8))))
            .isTrue();
        assertThatExceptionOfType(KvCodecException.class).isThrownBy(() -> CommandJson.batch(List.of(binary)))
            .withMessageContaining("SET");
    }

    @Test
    void pathFormPercentEncodesEveryArgumentButTheBody() {
        Command command = Command.write("SET", new byte[] { 'a', (byte) 0xFF, '/', ' ' }, new byte[] { 1, 2 });
        assertThat(PathCommand.uri(URI.create("http://h:1/prefix"), command))
            .isEqualTo(URI.create("http://h:1/prefix/SET/a%FF%2F%20"));
        assertThat(PathCommand.body(command)).containsExactly(1, 2);
        Command emptyLast = Command.write("SET", new byte[] { (byte) 0xFF }, "");
        assertThat(PathCommand.uri(URI.create("http://h"), emptyLast)).hasToString("http://h/SET/%FF/");
        assertThat(PathCommand.body(emptyLast)).isEmpty();
    }

    @Test
    void resultsAreBase64DecodedAtEveryDepthExceptATopLevelOk() {
        String json = "{\"result\":[\"" + b64("OK") + "\",1,null,[\"" + b64("nested") + "\",[\"" + b64("")
                + "\"]],-9]}";
        Reply reply = ReplyJson.envelope(json.getBytes(StandardCharsets.UTF_8));
        assertThat(reply).isEqualTo(new Reply.Array(List.of(Reply.Bulk.of("OK"), new Reply.Int(1), Reply.NIL,
                new Reply.Array(List.of(Reply.Bulk.of("nested"), new Reply.Array(List.of(Reply.Bulk.of(""))))),
                new Reply.Int(-9))));
        assertThat(ReplyJson.envelope(bytes("{\"result\":\"OK\"}"))).isEqualTo(Reply.OK);
        assertThat(ReplyJson.envelope(bytes("{\"result\":\"" + b64("PONG") + "\"}"))).isEqualTo(Reply.Bulk.of("PONG"));
        assertThat(ReplyJson.envelope(bytes("{\"result\":9223372036854775807}")))
            .isEqualTo(new Reply.Int(Long.MAX_VALUE));
    }

    @Test
    void binaryResultsSurvive() {
        byte[] raw = { 0, (byte) 0xFF, (byte) 0x80, 10 };
        Reply reply = ReplyJson.envelope(bytes("{\"result\":\"" + Base64.getEncoder().encodeToString(raw) + "\"}"));
        assertThat(reply.asBytes()).isEqualTo(raw);
    }

    @Test
    void errorsAreValuesAndNeverDecoded() {
        assertThat(ReplyJson.envelope(bytes("{\"error\":\"WRONGTYPE Operation\"}")))
            .isEqualTo(new Reply.Error("WRONGTYPE Operation"));
        ReplyJson.Batch batch = ReplyJson.batch(bytes("[{\"result\":\"OK\"},{\"error\":\"ERR bad\"},{\"result\":2}]"));
        assertThat(batch.refusal()).isNull();
        assertThat(batch.replies()).containsExactly(Reply.OK, new Reply.Error("ERR bad"), new Reply.Int(2));
        assertThat(ReplyJson.batch(bytes("{\"error\":\"EXECABORT discarded\"}")).refusal())
            .isEqualTo("EXECABORT discarded");
        assertThat(ReplyJson.errorText(bytes("not json"))).isNull();
    }

    @Test
    void malformedBodiesAreProtocolErrors() {
        assertThatExceptionOfType(RestProtocolException.class).isThrownBy(() -> ReplyJson.envelope(bytes("[1]")));
        assertThatExceptionOfType(RestProtocolException.class).isThrownBy(() -> ReplyJson.envelope(bytes("{}")));
        assertThatExceptionOfType(RestProtocolException.class)
            .isThrownBy(() -> ReplyJson.envelope(bytes("{\"result\":{\"a\":1}}")));
        assertThatExceptionOfType(RestProtocolException.class).isThrownBy(() -> ReplyJson.batch(bytes("<html>")));
    }

    private static String b64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

}
