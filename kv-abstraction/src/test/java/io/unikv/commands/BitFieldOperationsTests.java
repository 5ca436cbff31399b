package io.unikv.commands;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link BitFieldOperations}, {@link BitFieldType} and {@link BitFieldOffset}.
 *
 * @author unikv authors
 */
class BitFieldOperationsTests {

    @Test
    void operationsRenderInOrder() {
        BitFieldOperations ops = BitFieldOperations.create()
            .set(BitFieldType.unsigned(8), 0, 255)
            .overflow(BitFieldOverflow.SAT)
            .incrby(BitFieldType.signed(4), BitFieldOffset.field(2), -3)
            .get(BitFieldType.signed(64), 100);
        assertThat(ops.arguments()).containsExactly("SET", "u8", "0", 255L, "OVERFLOW", "SAT", "INCRBY", "i4", "#2",
                -3L, "GET", "i64", "100");
        assertThat(ops.isReadOnly()).isFalse();
    }

    @Test
    void instancesAreImmutable() {
        BitFieldOperations empty = BitFieldOperations.create();
        BitFieldOperations get = empty.get(BitFieldType.unsigned(1), 0);
        assertThat(empty.arguments()).isEmpty();
        assertThat(get.arguments()).hasSize(3);
        assertThat(get.isReadOnly()).isTrue();
        assertThat(get.overflow(BitFieldOverflow.FAIL).isReadOnly()).isTrue();
        assertThat(get.set(BitFieldType.unsigned(1), 0, 1).isReadOnly()).isFalse();
    }

    @Test
    void typesAndOffsetsAreChecked() {
        assertThat(BitFieldType.signed(1)).hasToString("i1").isEqualTo(BitFieldType.signed(1));
        assertThat(BitFieldType.unsigned(63)).hasToString("u63").isNotEqualTo(BitFieldType.signed(63));
        assertThatIllegalArgumentException().isThrownBy(() -> BitFieldType.signed(65));
        assertThatIllegalArgumentException().isThrownBy(() -> BitFieldType.unsigned(64));
        assertThatIllegalArgumentException().isThrownBy(() -> BitFieldType.unsigned(0));
        assertThat(BitFieldOffset.bit(7)).hasToString("7").isEqualTo(BitFieldOffset.bit(7));
        assertThat(BitFieldOffset.field(7)).hasToString("#7").isNotEqualTo(BitFieldOffset.bit(7));
        assertThatIllegalArgumentException().isThrownBy(() -> BitFieldOffset.bit(-1));
    }

}
