package io.unikv.transport;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link Command}.
 *
 * @author unikv authors
 */
class CommandTests {

    @Test
    void argumentsAreEncodedAsRedisClientsDo() {
        Command command = Command.write("set", "k", 10, 1.5, 2.0, true, new BigInteger("99"), new byte[] { 1, 2 });
        assertThat(command.name()).isEqualTo("SET");
        assertThat(command.kind()).isEqualTo(CommandKind.WRITE);
        assertThat(command.args()).hasSize(7);
        assertThat(command.argAsString(0)).isEqualTo("k");
        assertThat(command.argAsString(1)).isEqualTo("10");
        assertThat(command.argAsString(2)).isEqualTo("1.5");
        assertThat(command.argAsString(3)).isEqualTo("2");
        assertThat(command.argAsString(4)).isEqualTo("true");
        assertThat(command.argAsString(5)).isEqualTo("99");
        assertThat(command.args().get(6)).containsExactly(1, 2);
    }

    @Test
    void argumentBytesAreCopied() {
        byte[] value = "abc".getBytes(StandardCharsets.UTF_8);
        Command command = Command.read("GET", (Object) value);
        value[0] = 'x';
        assertThat(command.argAsString(0)).isEqualTo("abc");
        assertThat(command.kind()).isEqualTo(CommandKind.READ);
    }

    @Test
    void unsupportedArgumentsAndBlankNamesAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> Command.write("SET", "k", new Object()))
            .withMessageContaining("encode it with a KvCodec first");
        assertThatIllegalArgumentException().isThrownBy(() -> Command.write(" "));
    }

    @Test
    void toStringNeverShowsArguments() {
        assertThat(Command.write("AUTH", "secret-password")).hasToString("AUTH (1 args, WRITE)");
    }

    @Test
    void doublesFormatLikeRedis() {
        assertThat(Command.formatDouble(0.1)).isEqualTo("0.1");
        assertThat(Command.formatDouble(-3.0)).isEqualTo("-3");
        assertThat(Command.formatDouble(1e-5)).isEqualTo("0.00001");
        assertThat(Command.formatDouble(Double.NEGATIVE_INFINITY)).isEqualTo("-inf");
        assertThatIllegalArgumentException().isThrownBy(() -> Command.formatDouble(Double.NaN));
    }

    @Test
    void requestsAreValidated() {
        Command get = Command.read("GET", "k");
        assertThat(Request.single(get).isReadOnly()).isTrue();
        assertThat(Request.pipeline(java.util.List.of(get, Command.write("SET", "k", "v"))).isReadOnly()).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> Request.pipeline(java.util.List.of()));
        assertThatIllegalArgumentException()
            .isThrownBy(() -> new Request(Request.Mode.SINGLE, java.util.List.of(get, get), null));
    }

}
