package io.unikv.testserver.internal.rest;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link JsonCommands}.
 *
 * @author unikv authors
 */
class JsonCommandsTests {

    private final JsonCommands json = new JsonCommands(1024);

    @Test
    void readsScalarsAsTheirExactText() {
        assertThat(args(this.json.command(bytes("[\"evalsha\",\"abc\",1,\"k\",10,-2.50,1e+21,1E5,true,false,\"\"]"))))
            .containsExactly("evalsha", "abc", "1", "k", "10", "-2.50", "1e+21", "1E5", "true", "false", "");
        assertThat(args(this.json.command(bytes("  [\"a\\u00e9\\n\"]\n")))).containsExactly("aé\n");
    }

    @Test
    void readsBatches() {
        List<byte[][]> batch = this.json.batch(bytes("[[\"SET\",\"k\",1],[\"GET\",\"k\"]]"));
        assertThat(batch).hasSize(2);
        assertThat(args(batch.get(1))).containsExactly("GET", "k");
    }

    @Test
    void refusesAnythingElse() {
        for (String body : new String[] { "[null]", "[[\"a\"]]", "[{}]", "{}", "1", "[\"a\"", "[\"a\"]x", "",
                "[1,]" }) {
            assertThatExceptionOfType(RestException.class).isThrownBy(() -> this.json.command(bytes(body)));
        }
        assertThatExceptionOfType(RestException.class).isThrownBy(() -> this.json.command(bytes("[]")))
            .withMessage("ERR empty command");
        for (String body : new String[] { "[]", "[\"a\"]", "[[\"a\"],[[\"b\"]]]", "[[\"a\"]]]" }) {
            assertThatExceptionOfType(RestException.class).isThrownBy(() -> this.json.batch(bytes(body)));
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> args(byte[][] command) {
        return Arrays.stream(command).map((arg) -> new String(arg, StandardCharsets.UTF_8)).toList();
    }

}
