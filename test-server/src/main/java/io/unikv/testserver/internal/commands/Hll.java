package io.unikv.testserver.internal.commands;

import java.util.Arrays;

/**
 * Redis's HyperLogLog string format, byte for byte: a 16-byte header ({@code HYLL}, the
 * encoding, three unused bytes, the cached cardinality little-endian with bit 63 marking
 * it stale) followed by 16384 registers, either dense (6 bits each, 12288 bytes) or
 * sparse (ZERO {@code 00xxxxxx}, XZERO {@code 01xxxxxx yyyyyyyy} and VAL {@code 1vvvvvxx}
 * run-length opcodes). Elements are hashed with MurmurHash64A (seed {@code 0xadc83b19});
 * the low 14 bits pick the register, the run of zeros in the rest (plus one) is its
 * candidate value. A sparse HLL turns dense when a value passes 32 or it would grow past
 * {@code hll-sparse-max-bytes} (3000). The estimate is Ertl's improved estimator, as
 * Redis 7 computes it. Instances wrap a mutable copy of the string.
 *
 * @author unikv authors
 */
final class Hll {

    static final int HEADER = 16;

    static final int REGISTERS = 16384;

    static final int DENSE_SIZE = HEADER + REGISTERS * 6 / 8;

    private static final int P = 14;

    private static final int Q = 64 - P;

    private static final int SPARSE_MAX_BYTES = 3000;

    private static final int DENSE = 0;

    private static final int SPARSE = 1;

    private static final double ALPHA_INF = 0.721347520444481703680;

    private byte[] bytes;

    private int length;

    private Hll(byte[] bytes, int length) {
        this.bytes = bytes;
        this.length = length;
    }

    /**
     * Return whether a string is a HyperLogLog as {@code isHLLObjectOrReply} checks it.
     * @param value the string
     * @return whether it is valid
     */
    static boolean isValid(byte[] value) {
        if (value.length < HEADER || value[0] != 'H' || value[1] != 'Y' || value[2] != 'L' || value[3] != 'L') {
            return false;
        }
        if (value[4] > SPARSE || value[4] < 0) {
            return false;
        }
        return value[4] != DENSE || value.length == DENSE_SIZE;
    }

    /**
     * An empty sparse HLL with a valid cached cardinality of 0.
     * @return the HLL
     */
    static Hll empty() {
        byte[] bytes = new byte[HEADER + 2];
        bytes[0] = 'H';
        bytes[1] = 'Y';
        bytes[2] = 'L';
        bytes[3] = 'L';
        bytes[4] = SPARSE;
        // XZERO covering all 16384 registers
        bytes[HEADER] = (byte) (0x40 | ((REGISTERS - 1) >> 8));
        bytes[HEADER + 1] = (byte) ((REGISTERS - 1) & 0xff);
        return new Hll(bytes, bytes.length);
    }

    /**
     * Wrap a copy of a valid HLL string.
     * @param value the string
     * @return the HLL
     */
    static Hll of(byte[] value) {
        return new Hll(Arrays.copyOf(value, value.length + 8), value.length);
    }

    /**
     * Return the string.
     * @return a new array
     */
    byte[] toBytes() {
        return Arrays.copyOf(this.bytes, this.length);
    }

    boolean isDense() {
        return this.bytes[4] == DENSE;
    }

    /**
     * Add an element.
     * @param element the element
     * @return 1 if a register changed, 0 if not, -1 if the sparse encoding is corrupt
     */
    int add(byte[] element) {
        long hash = MurmurHash64A.hash(element, 0xadc83b19L);
        int index = (int) (hash & (REGISTERS - 1));
        long rest = (hash >>> P) | (1L << Q);
        int count = Long.numberOfTrailingZeros(rest) + 1;
        return set(index, count);
    }

    /**
     * Raise a register to a value if it is lower.
     * @param index the register
     * @param count the value
     * @return 1 if it changed, 0 if not, -1 if the sparse encoding is corrupt
     */
    int set(int index, int count) {
        if (isDense()) {
            if (denseGet(index) < count) {
                denseSet(index, count);
                return 1;
            }
            return 0;
        }
        return HllSparse.set(this, index, count);
    }

    /** Return whether the cached cardinality is valid. */
    boolean cacheValid() {
        return (this.bytes[15] & 0x80) == 0;
    }

    long cached() {
        long card = 0;
        for (int i = 7; i >= 0; i--) {
            card = (card << 8) | (this.bytes[8 + i] & 0xff);
        }
        return card;
    }

    void cache(long card) {
        for (int i = 0; i < 8; i++) {
            this.bytes[8 + i] = (byte) (card >>> (8 * i));
        }
    }

    void invalidate() {
        this.bytes[15] |= (byte) 0x80;
    }

    /**
     * Merge the registers into {@code max}, keeping the larger value of each.
     * @param max the registers
     * @return whether the encoding was valid
     */
    boolean mergeInto(byte[] max) {
        if (isDense()) {
            for (int i = 0; i < REGISTERS; i++) {
                max[i] = (byte) Math.max(max[i], denseGet(i));
            }
            return true;
        }
        return HllSparse.decode(this.bytes, this.length, max);
    }

    /**
     * Convert a sparse HLL to the dense encoding, keeping the header.
     * @return whether the sparse encoding was valid
     */
    boolean toDense() {
        if (isDense()) {
            return true;
        }
        byte[] registers = new byte[REGISTERS];
        if (!HllSparse.decode(this.bytes, this.length, registers)) {
            return false;
        }
        byte[] dense = new byte[DENSE_SIZE + 8];
        System.arraycopy(this.bytes, 0, dense, 0, HEADER);
        dense[4] = DENSE;
        this.bytes = dense;
        this.length = DENSE_SIZE;
        for (int i = 0; i < REGISTERS; i++) {
            if (registers[i] != 0) {
                denseSet(i, registers[i]);
            }
        }
        return true;
    }

    /**
     * Return the registers, one byte each.
     * @return the registers, or {@code null} if the sparse encoding is corrupt
     */
    byte[] registers() {
        byte[] registers = new byte[REGISTERS];
        return mergeInto(registers) ? registers : null;
    }

    /**
     * Estimate the cardinality of registers with Ertl's improved estimator.
     * @param registers one byte per register
     * @return the estimate
     */
    static long count(byte[] registers) {
        int[] histogram = new int[64];
        for (byte register : registers) {
            histogram[register]++;
        }
        double m = REGISTERS;
        double z = m * tau((m - histogram[Q + 1]) / m);
        for (int j = Q; j >= 1; --j) {
            z += histogram[j];
            z *= 0.5;
        }
        z += m * sigma(histogram[0] / m);
        return Math.round(ALPHA_INF * m * m / z);
    }

    private static double sigma(double x) {
        if (x == 1.0) {
            return Double.POSITIVE_INFINITY;
        }
        double previous;
        double y = 1;
        double z = x;
        do {
            x *= x;
            previous = z;
            z += x * y;
            y += y;
        }
        while (previous != z);
        return z;
    }

    private static double tau(double x) {
        if (x == 0.0 || x == 1.0) {
            return 0.0;
        }
        double previous;
        double y = 1.0;
        double z = 1 - x;
        do {
            x = Math.sqrt(x);
            previous = z;
            y *= 0.5;
            z -= (1 - x) * (1 - x) * y;
        }
        while (previous != z);
        return z / 3;
    }

    int denseGet(int index) {
        int bit = index * 6;
        int b0 = HEADER + (bit >> 3);
        int shift = bit & 7;
        int low = this.bytes[b0] & 0xff;
        int high = this.bytes[b0 + 1] & 0xff;
        return ((low >> shift) | (high << (8 - shift))) & 63;
    }

    void denseSet(int index, int value) {
        int bit = index * 6;
        int b0 = HEADER + (bit >> 3);
        int shift = bit & 7;
        this.bytes[b0] = (byte) ((this.bytes[b0] & ~(63 << shift)) | (value << shift));
        this.bytes[b0 + 1] = (byte) ((this.bytes[b0 + 1] & ~(63 >> (8 - shift))) | (value >> (8 - shift)));
    }

    byte[] raw() {
        return this.bytes;
    }

    int length() {
        return this.length;
    }

    void resize(int newLength) {
        if (newLength + 8 > this.bytes.length) {
            this.bytes = Arrays.copyOf(this.bytes, newLength + 64);
        }
        this.length = newLength;
    }

    static boolean canGrow(int currentLength, int delta) {
        return currentLength + delta <= SPARSE_MAX_BYTES;
    }

}
