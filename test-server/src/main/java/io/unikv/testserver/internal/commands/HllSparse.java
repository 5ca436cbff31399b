package io.unikv.testserver.internal.commands;

/**
 * The sparse HyperLogLog encoding: decoding, and setting one register in place the way
 * Redis's {@code hllSparseSet} does (split the opcode covering it into at most three,
 * then merge equal neighbouring VAL opcodes), so the bytes match Redis's for the same
 * sequence of additions.
 *
 * @author unikv authors
 */
final class HllSparse {

    private static final int ZERO_MAX_LEN = 64;

    private static final int VAL_MAX_VALUE = 32;

    private static final int VAL_MAX_LEN = 4;

    private HllSparse() {
    }

    /**
     * Raise register {@code index} to {@code count}, promoting to dense when needed.
     * @param hll the HLL, sparse
     * @param index the register
     * @param count the value
     * @return 1 if it changed, 0 if not, -1 if the encoding is corrupt
     */
    static int set(Hll hll, int index, int count) {
        if (count > VAL_MAX_VALUE) {
            return promote(hll, index, count);
        }
        byte[] b = hll.raw();
        int end = hll.length();
        int p = Hll.HEADER;
        int first = 0;
        int prev = -1;
        int span = 0;
        while (p < end) {
            int oplen = 1;
            if (isZero(b, p)) {
                span = zeroLen(b, p);
            }
            else if (isVal(b, p)) {
                span = valLen(b, p);
            }
            else {
                span = xzeroLen(b, p);
                oplen = 2;
            }
            if (index <= first + span - 1) {
                break;
            }
            prev = p;
            p += oplen;
            first += span;
        }
        if (span == 0 || p >= end) {
            return -1;
        }
        boolean xzero = isXzero(b, p);
        int next = xzero ? p + 2 : p + 1;
        if (next >= end) {
            next = -1;
        }
        if (isVal(b, p)) {
            if (valValue(b, p) >= count) {
                return 0;
            }
            if (valLen(b, p) == 1) {
                b[p] = val(count, 1);
                return updated(hll, prev);
            }
        }
        if (isZero(b, p) && zeroLen(b, p) == 1) {
            b[p] = val(count, 1);
            return updated(hll, prev);
        }
        byte[] seq = new byte[5];
        int n = 0;
        int last = first + span - 1;
        if (!isVal(b, p)) {
            if (index != first) {
                n = zeros(seq, n, index - first);
            }
            seq[n++] = val(count, 1);
            if (index != last) {
                n = zeros(seq, n, last - index);
            }
        }
        else {
            int current = valValue(b, p);
            if (index != first) {
                seq[n++] = val(current, index - first);
            }
            seq[n++] = val(count, 1);
            if (index != last) {
                seq[n++] = val(current, last - index);
            }
        }
        int delta = n - (xzero ? 2 : 1);
        if (delta > 0 && !Hll.canGrow(end, delta)) {
            return promote(hll, index, count);
        }
        hll.resize(end + delta);
        b = hll.raw();
        if (delta != 0 && next != -1) {
            System.arraycopy(b, next, b, next + delta, end - next);
        }
        System.arraycopy(seq, 0, b, p, n);
        return updated(hll, prev);
    }

    /** Merge adjacent VAL opcodes with the same value, scanning from the one before. */
    private static int updated(Hll hll, int prev) {
        byte[] b = hll.raw();
        int end = hll.length();
        int p = (prev >= 0) ? prev : Hll.HEADER;
        int scan = 5;
        while (p < end && scan-- > 0) {
            if (isXzero(b, p)) {
                p += 2;
                continue;
            }
            if (isZero(b, p)) {
                p++;
                continue;
            }
            if (p + 1 < end && isVal(b, p + 1)) {
                int v1 = valValue(b, p);
                int v2 = valValue(b, p + 1);
                if (v1 == v2) {
                    int len = valLen(b, p) + valLen(b, p + 1);
                    if (len <= VAL_MAX_LEN) {
                        b[p + 1] = val(v1, len);
                        System.arraycopy(b, p + 1, b, p, end - p - 1);
                        end--;
                        continue;
                    }
                }
            }
            p++;
        }
        hll.resize(end);
        hll.invalidate();
        return 1;
    }

    private static int promote(Hll hll, int index, int count) {
        if (!hll.toDense()) {
            return -1;
        }
        hll.denseSet(index, count);
        return 1;
    }

    /**
     * Decode the registers, keeping in {@code max} the larger of each.
     * @param b the string
     * @param length its length
     * @param max the registers
     * @return whether the opcodes covered exactly all registers
     */
    static boolean decode(byte[] b, int length, byte[] max) {
        int p = Hll.HEADER;
        int index = 0;
        while (p < length) {
            if (isZero(b, p)) {
                index += zeroLen(b, p);
                p++;
            }
            else if (isXzero(b, p)) {
                index += xzeroLen(b, p);
                p += 2;
            }
            else {
                int run = valLen(b, p);
                int value = valValue(b, p);
                if (run + index > Hll.REGISTERS) {
                    break;
                }
                for (int i = 0; i < run; i++) {
                    max[index] = (byte) Math.max(max[index], value);
                    index++;
                }
                p++;
            }
        }
        return index == Hll.REGISTERS;
    }

    /**
     * Describe the opcodes as PFDEBUG DECODE does ({@code z:len}, {@code Z:len},
     * {@code v:value,len}).
     * @param b the string
     * @param length its length
     * @return the description
     */
    static String describe(byte[] b, int length) {
        StringBuilder text = new StringBuilder();
        int p = Hll.HEADER;
        while (p < length) {
            if (text.length() > 0) {
                text.append(' ');
            }
            if (isZero(b, p)) {
                text.append("z:").append(zeroLen(b, p));
                p++;
            }
            else if (isXzero(b, p)) {
                text.append("Z:").append(xzeroLen(b, p));
                p += 2;
            }
            else {
                text.append("v:").append(valValue(b, p)).append(',').append(valLen(b, p));
                p++;
            }
        }
        return text.toString();
    }

    private static int zeros(byte[] seq, int n, int len) {
        if (len > ZERO_MAX_LEN) {
            seq[n] = (byte) (0x40 | ((len - 1) >> 8));
            seq[n + 1] = (byte) ((len - 1) & 0xff);
            return n + 2;
        }
        seq[n] = (byte) (len - 1);
        return n + 1;
    }

    private static byte val(int value, int len) {
        return (byte) (0x80 | ((value - 1) << 2) | (len - 1));
    }

    private static boolean isZero(byte[] b, int p) {
        return (b[p] & 0xc0) == 0;
    }

    private static boolean isXzero(byte[] b, int p) {
        return (b[p] & 0xc0) == 0x40;
    }

    private static boolean isVal(byte[] b, int p) {
        return (b[p] & 0x80) != 0;
    }

    private static int zeroLen(byte[] b, int p) {
        return (b[p] & 0x3f) + 1;
    }

    private static int xzeroLen(byte[] b, int p) {
        return (((b[p] & 0x3f) << 8) | (b[p + 1] & 0xff)) + 1;
    }

    private static int valLen(byte[] b, int p) {
        return (b[p] & 3) + 1;
    }

    private static int valValue(byte[] b, int p) {
        return ((b[p] >> 2) & 0x1f) + 1;
    }

}
