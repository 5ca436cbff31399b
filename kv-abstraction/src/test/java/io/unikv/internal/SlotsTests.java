package io.unikv.internal;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link Slots}, against the values in the Redis Cluster specification and
 * {@code CLUSTER KEYSLOT} on redis-server 7.0.
 *
 * @author unikv authors
 */
class SlotsTests {

    @Test
    void crc16IsXmodem() {
        byte[] check = "123456789".getBytes(StandardCharsets.US_ASCII);
        assertThat(Slots.crc16(check, 0, check.length)).isEqualTo(0x31C3);
    }

    @Test
    void slotsMatchClusterKeyslot() {
        assertThat(Slots.of("foo")).isEqualTo(12182);
        assertThat(Slots.of("bar")).isEqualTo(5061);
        assertThat(Slots.of("")).isZero();
    }

    @Test
    void hashTagsFollowTheSpecification() {
        assertThat(Slots.of("{user1000}.following")).isEqualTo(Slots.of("user1000"));
        assertThat(Slots.of("foo{bar}{zap}")).isEqualTo(Slots.of("bar"));
        assertThat(Slots.of("foo{}{bar}")).isEqualTo(Slots.of("foo{}{bar}")).isNotEqualTo(Slots.of("bar"));
        assertThat(Slots.of("foo{{bar}}zap")).isEqualTo(Slots.of("{bar"));
        assertThat(Slots.of("a}b{")).isEqualTo(Slots.of("a}b{"));
    }

    @Test
    void everySlotHasATagThatMapsToIt() {
        for (int slot = 0; slot < Slots.COUNT; slot++) {
            String tag = Slots.tag(slot);
            assertThat(tag).isNotEmpty().doesNotContain("{", "}");
            assertThat(Slots.of("prefix:{" + tag + "}suffix")).isEqualTo(slot);
        }
    }

    @Test
    void metadataKeysShareTheirKeysSlot() {
        for (String key : new String[] { "plain", "{user}:1", "a}b", "{}x", "x{", "é{ü}ß", "" }) {
            assertThat(Slots.of(KeyValueProfile.metadataKey(key))).as(key).isEqualTo(Slots.of(key));
        }
    }

}
