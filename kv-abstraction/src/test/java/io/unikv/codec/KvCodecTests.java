package io.unikv.codec;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.unikv.KvCodecException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for the built-in {@link KvCodec}s.
 *
 * @author unikv authors
 */
class KvCodecTests {

    record User(String name, int age) {
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void stringCodecStoresTextRaw() {
        KvCodec codec = KvCodec.string();
        assertThat(codec.encode("héllo")).isEqualTo(utf8("héllo"));
        assertThat(codec.decode(utf8("héllo"), String.class)).isEqualTo("héllo");
        assertThat(codec.decode(null, String.class)).isNull();
    }

    @Test
    void stringCodecWritesNumbersAndBooleansAsRedisDoes() {
        KvCodec codec = KvCodec.string();
        assertThat(codec.encode(42L)).isEqualTo(utf8("42"));
        assertThat(codec.encode(1.5)).isEqualTo(utf8("1.5"));
        assertThat(codec.encode(3.0)).isEqualTo(utf8("3"));
        assertThat(codec.encode(Double.POSITIVE_INFINITY)).isEqualTo(utf8("inf"));
        assertThat(codec.encode(new BigDecimal("1E+3"))).isEqualTo(utf8("1000"));
        assertThat(codec.encode(true)).isEqualTo(utf8("true"));
    }

    @Test
    void stringCodecReadsNumbersAndBooleans() {
        KvCodec codec = KvCodec.string();
        assertThat(codec.decode(utf8("42"), long.class)).isEqualTo(42L);
        assertThat(codec.decode(utf8("42"), Integer.class)).isEqualTo(42);
        assertThat(codec.decode(utf8("10.5"), Double.class)).isEqualTo(10.5);
        assertThat(codec.decode(utf8("-inf"), double.class)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(codec.decode(utf8("1"), Boolean.class)).isTrue();
        assertThat(codec.decode(utf8("false"), boolean.class)).isFalse();
        assertThat(codec.decode(utf8("12345678901234567890"), BigDecimal.class))
            .isEqualTo(new BigDecimal("12345678901234567890"));
    }

    @Test
    void stringCodecExplainsWhatItCannotDo() {
        KvCodec codec = KvCodec.string();
        assertThatExceptionOfType(KvCodecException.class).isThrownBy(() -> codec.encode(new User("Ada", 36)))
            .withMessageContaining("use KvCodec.json()");
        assertThatExceptionOfType(KvCodecException.class).isThrownBy(() -> codec.decode(utf8("abc"), Long.class))
            .withMessage("Stored value \"abc\" is not a valid Long");
        assertThatExceptionOfType(KvCodecException.class).isThrownBy(() -> codec.encode(Double.NaN));
    }

    @Test
    void bytesPassThroughEveryCodec() {
        byte[] binary = { 0, (byte) 0xff, 10, 13 };
        for (KvCodec codec : List.of(KvCodec.string(), KvCodec.bytes(), KvCodec.json())) {
            assertThat(codec.encode(binary)).isEqualTo(binary);
            assertThat(codec.decode(binary, byte[].class)).isEqualTo(binary);
        }
    }

    @Test
    void bytesCodecRefusesConversions() {
        assertThatExceptionOfType(KvCodecException.class).isThrownBy(() -> KvCodec.bytes().encode("text"))
            .withMessageContaining("only stores byte[]");
        assertThatExceptionOfType(KvCodecException.class)
            .isThrownBy(() -> KvCodec.bytes().decode(utf8("x"), String.class));
    }

    @Test
    void stringCodecHonoursCharset() {
        KvCodec latin1 = KvCodec.string(StandardCharsets.ISO_8859_1);
        assertThat(latin1.encode("é")).containsExactly((byte) 0xe9);
        assertThat(latin1.decode(new byte[] { (byte) 0xe9 }, String.class)).isEqualTo("é");
        assertThat(KvCodec.string(StandardCharsets.UTF_8)).isSameAs(KvCodec.string());
    }

    @Test
    void jsonCodecWritesObjectsAsJsonAndStringsRaw() {
        KvCodec codec = KvCodec.json();
        assertThat(new String(codec.encode(new User("Ada", 36)), StandardCharsets.UTF_8))
            .isEqualTo("{\"name\":\"Ada\",\"age\":36}");
        assertThat(codec.encode("plain")).isEqualTo(utf8("plain"));
        assertThat(codec.decode(utf8("{\"name\":\"Ada\",\"age\":36}"), User.class)).isEqualTo(new User("Ada", 36));
    }

    @Test
    void jsonCodecReadsObjectLikeTheUpstashSdk() {
        KvCodec codec = KvCodec.json();
        assertThat(codec.decode(utf8("{\"a\":[1,2]}"), Object.class)).isEqualTo(Map.of("a", List.of(1, 2)));
        assertThat(codec.decode(utf8("123"), Object.class)).isEqualTo(123);
        assertThat(codec.decode(utf8("not json"), Object.class)).isEqualTo("not json");
    }

    @Test
    void jsonCodecReportsValuesThatAreNotJson() {
        assertThatExceptionOfType(KvCodecException.class)
            .isThrownBy(() -> KvCodec.json().decode(utf8("not json"), User.class))
            .withMessageStartingWith("Stored value \"not json\" cannot be read as " + User.class.getName());
    }

}
