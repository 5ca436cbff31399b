package io.unikv.internal.commands;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.unikv.KvServerException;
import io.unikv.RedisBatch;
import io.unikv.RedisStore;
import io.unikv.commands.BitFieldOffset;
import io.unikv.commands.BitFieldOperations;
import io.unikv.commands.BitFieldOverflow;
import io.unikv.commands.BitFieldType;
import io.unikv.commands.BitOperation;
import io.unikv.commands.BitUnit;
import io.unikv.transport.Transport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * {@link BitmapCommandsImpl} through a real {@link RedisStore}: the contract every
 * backend meets, run once per backend by the subclasses.
 *
 * @author unikv authors
 */
abstract class BitmapCommandsImplIntegrationTests extends BackendTestSupport {

    private static final BitFieldType U8 = BitFieldType.unsigned(8);

    private static final BitFieldType I8 = BitFieldType.signed(8);

    @Test
    void setbitReturnsThePreviousBitAndGrowsTheString() {
        assertThat(this.store.setbit("b", 7, true)).isFalse();
        assertThat(this.store.setbit("b", 7, true)).isTrue();
        assertThat(this.store.get("b")).isEqualTo("\u0001");
        assertThat(this.store.setbit("b", 7, false)).isTrue();
        assertThat(this.store.setbit("b", 17, true)).isFalse();
        assertThat(this.store.strlen("b")).isEqualTo(3);
        assertThat(this.store.getbit("b", 17)).isTrue();
        assertThat(this.store.getbit("b", 16)).isFalse();
        assertThat(this.store.getbit("b", 1000)).isFalse();
        assertThat(this.store.getbit("missing", 0)).isFalse();
    }

    @Test
    void offsetsPast512MegabytesAreRefused() {
        assertThatExceptionOfType(KvServerException.class).isThrownBy(() -> this.store.setbit("b", 1L << 32, true))
            .withMessageContaining("ERR bit offset is not an integer or out of range");
        assertThat(this.store.exists("b")).isZero();
    }

    @Test
    void bitcountOverBytesAndBits() {
        this.store.set("s", "foobar");
        assertThat(this.store.bitcount("s")).isEqualTo(26);
        assertThat(this.store.bitcount("s", 0, 0)).isEqualTo(4);
        assertThat(this.store.bitcount("s", 1, -1)).isEqualTo(22);
        assertThat(this.store.bitcount("s", 5, 30, BitUnit.BIT)).isEqualTo(17);
        assertThat(this.store.bitcount("s", 1, 1, BitUnit.BYTE)).isEqualTo(6);
        assertThat(this.store.bitcount("missing")).isZero();
    }

    @Test
    void bitposFindsTheFirstSetOrClearBit() {
        this.store.setbit("p", 10, true);
        this.store.setbit("p", 20, true);
        assertThat(this.store.bitpos("p", true)).isEqualTo(10);
        assertThat(this.store.bitpos("p", false)).isZero();
        assertThat(this.store.bitpos("p", true, 2)).isEqualTo(20);
        assertThat(this.store.bitpos("p", true, 11, 30, BitUnit.BIT)).isEqualTo(20);
        assertThat(this.store.bitpos("p", true, 0, 0, BitUnit.BYTE)).isEqualTo(-1);
        assertThat(this.store.bitpos("missing", true)).isEqualTo(-1);
        assertThat(this.store.bitpos("missing", false)).isZero();
    }

    @Test
    void bitopCombinesStrings() {
        this.store.set("{b}x", "\u000f\u00f0".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        this.store.set("{b}y", new byte[] { (byte) 0xff });
        assertThat(this.store.bitop(BitOperation.AND, "{b}and", "{b}x", "{b}y")).isEqualTo(2);
        assertThat(this.store.get("{b}and", byte[].class)).containsExactly(0x0f, 0x00);
        assertThat(this.store.bitop(BitOperation.OR, "{b}or", "{b}x", "{b}y")).isEqualTo(2);
        assertThat(this.store.get("{b}or", byte[].class)).containsExactly(0xff, 0xf0);
        assertThat(this.store.bitop(BitOperation.XOR, "{b}xor", "{b}x", "{b}y")).isEqualTo(2);
        assertThat(this.store.get("{b}xor", byte[].class)).containsExactly(0xf0, 0xf0);
        assertThat(this.store.bitop(BitOperation.NOT, "{b}not", "{b}y")).isEqualTo(1);
        assertThat(this.store.get("{b}not", byte[].class)).containsExactly(0x00);
        assertThat(this.store.bitop(BitOperation.OR, "{b}none", "{b}missing")).isZero();
        assertThat(this.store.exists("{b}none")).isZero();
        assertThatExceptionOfType(KvServerException.class)
            .isThrownBy(() -> this.store.bitop(BitOperation.NOT, "{b}not", "{b}x", "{b}y"))
            .withMessageContaining("BITOP NOT must be called with a single source key");
    }

    @Test
    void bitfieldRunsOperationsInOrder() {
        BitFieldOperations ops = BitFieldOperations.create()
            .set(I8, 0, -100)
            .get(U8, 0)
            .incrby(BitFieldType.unsigned(4), BitFieldOffset.field(1), 20)
            .get(I8, BitFieldOffset.bit(0));
        assertThat(this.store.bitfield("f", ops)).containsExactly(0L, 156L, 0L, -112L);
        assertThat(this.store.bitfieldRo("f", BitFieldOperations.create().get(I8, 0).get(U8, 0))).containsExactly(-112L,
                144L);
    }

    @Test
    void bitfieldOverflowBehaviours() {
        BitFieldOperations ops = BitFieldOperations.create()
            .set(U8, 0, 250)
            .incrby(U8, 0, 10)
            .overflow(BitFieldOverflow.SAT)
            .incrby(U8, 0, 1000)
            .overflow(BitFieldOverflow.FAIL)
            .incrby(U8, 0, 1)
            .get(U8, 0);
        assertThat(this.store.bitfield("o", ops)).containsExactly(0L, 4L, 255L, null, 255L);
        assertThat(this.store.bitfield("big",
                BitFieldOperations.create()
                    .set(BitFieldType.signed(64), 0, Long.MAX_VALUE)
                    .incrby(BitFieldType.signed(64), 0, 1)))
            .containsExactly(0L, Long.MIN_VALUE);
    }

    @Test
    void bitfieldTypesAndReadOnlyChecks() {
        assertThatIllegalArgumentException().isThrownBy(() -> BitFieldType.unsigned(64));
        assertThatIllegalArgumentException().isThrownBy(() -> BitFieldType.signed(0));
        assertThat(BitFieldType.signed(64)).hasToString("i64");
        assertThat(BitFieldOffset.field(3)).hasToString("#3");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> this.store.bitfieldRo("f", BitFieldOperations.create().set(U8, 0, 1)));
        assertThat(this.store.bitfieldRo("missing", BitFieldOperations.create().get(U8, 0))).containsExactly(0L);
    }

    @Test
    void wrongType() {
        this.store.lpush("l", "a");
        assertThatExceptionOfType(KvServerException.class).isThrownBy(() -> this.store.setbit("l", 1, true))
            .withMessageStartingWith("WRONGTYPE");
        assertThatExceptionOfType(KvServerException.class).isThrownBy(() -> this.store.bitcount("l"))
            .withMessageStartingWith("WRONGTYPE");
    }

    @Test
    void asyncViewAndPipeline() {
        assertThat(this.store.async().setbit("a", 3, true).join()).isFalse();
        assertThat(this.store.async().bitcount("a").join()).isEqualTo(1);
        RedisBatch batch = this.store.pipeline();
        CompletableFuture<Boolean> previous = batch.setbit("a", 4, true);
        CompletableFuture<Long> count = batch.bitcount("a");
        CompletableFuture<List<Long>> fields = batch.bitfieldRo("a", BitFieldOperations.create().get(U8, 0));
        batch.exec();
        assertThat(previous.join()).isFalse();
        assertThat(count.join()).isEqualTo(2);
        assertThat(fields.join()).containsExactly(0x18L);
    }

    @Test
    void transaction() {
        RedisBatch multi = this.store.multi();
        CompletableFuture<Boolean> previous = multi.setbit("t", 0, true);
        CompletableFuture<List<Long>> fields = multi.bitfield("t",
                BitFieldOperations.create().incrby(BitFieldType.signed(8), 0, 1).get(BitFieldType.unsigned(8), 0));
        CompletableFuture<Long> position = multi.bitpos("t", true, 0, -1, BitUnit.BIT);
        multi.exec();
        assertThat(previous.join()).isFalse();
        assertThat(fields.join()).containsExactly(-127L, 129L);
        assertThat(position.join()).isZero();
    }

}
