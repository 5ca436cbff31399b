package io.unikv.testserver.internal.engine;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link MonitorLine}: Redis's MONITOR line format, quoting and redaction.
 *
 * @author unikv authors
 */
class MonitorLineTests {

    @Test
    void formatsTimeDatabaseAddressAndArguments() {
        assertThat(MonitorLine.format(1339518083107L, 0, "127.0.0.1:60866", args("keys", "*")))
            .isEqualTo("1339518083.107000 [0 127.0.0.1:60866] \"keys\" \"*\"");
        assertThat(MonitorLine.format(5L, 15, "lua", args("GET", "k"))).isEqualTo("0.005000 [15 lua] \"GET\" \"k\"");
    }

    @Test
    void quotesLikeSdscatrepr() {
        byte[][] args = { bytes("set"), bytes("k"),
                { 'a', ' ', '"', '\\', '\n', '\r', '\t', 7, '\b', 1, (byte) 0xff } };
        assertThat(MonitorLine.format(0, 0, "a:1", args))
            .isEqualTo("0.000000 [0 a:1] \"set\" \"k\" \"a \\\"\\\\\\n\\r\\t\\a\\b\\x01\\xff\"");
    }

    @Test
    void redactsPasswords() {
        assertThat(MonitorLine.format(0, 0, "a:1", args("AUTH", "secret")))
            .isEqualTo("0.000000 [0 a:1] \"AUTH\" \"(redacted)\"");
        assertThat(MonitorLine.format(0, 0, "a:1", args("auth", "user", "secret")))
            .isEqualTo("0.000000 [0 a:1] \"auth\" \"(redacted)\" \"(redacted)\"");
        assertThat(MonitorLine.format(0, 0, "a:1", args("HELLO", "3", "SETNAME", "auth", "AUTH", "u", "p")))
            .isEqualTo("0.000000 [0 a:1] \"HELLO\" \"3\" \"SETNAME\" \"auth\" \"AUTH\" \"(redacted)\" \"(redacted)\"");
        assertThat(MonitorLine.format(0, 0, "a:1", args("HELLO", "2"))).isEqualTo("0.000000 [0 a:1] \"HELLO\" \"2\"");
        // commands that fail before they redact show everything
        assertThat(MonitorLine.format(0, 0, "a:1", args("hello", "2", "auth")))
            .isEqualTo("0.000000 [0 a:1] \"hello\" \"2\" \"auth\"");
        assertThat(MonitorLine.format(0, 0, "a:1", args("auth", "a", "b", "c")))
            .isEqualTo("0.000000 [0 a:1] \"auth\" \"a\" \"b\" \"c\"");
    }

    private static byte[][] args(String... words) {
        byte[][] args = new byte[words.length][];
        for (int i = 0; i < words.length; i++) {
            args[i] = bytes(words[i]);
        }
        return args;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

}
