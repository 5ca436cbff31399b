package io.unikv.internal;

import java.nio.charset.StandardCharsets;

/**
 * Redis Cluster key slots, computed on the client: CRC16 (XMODEM) of the key's hash tag
 * (the text between the first {@code {} and the next {@code }}, when not empty) or of the
 * whole key, modulo 16384, as the Redis Cluster specification defines. Also gives, for
 * any slot, a short hash tag that maps to it, so that a companion key can be placed in
 * the same slot as any user key whatever characters that key contains.
 *
 * @author unikv authors
 */
final class Slots {

    static final int COUNT = 16384;

    private Slots() {
    }

    /**
     * Return the slot of a key.
     * @param key the key
     * @return the slot, {@code 0} to {@code 16383}
     */
    static int of(String key) {
        byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
        int open = indexOf(bytes, (byte) '{', 0);
        if (open >= 0) {
            int close = indexOf(bytes, (byte) '}', open + 1);
            if (close > open + 1) {
                return crc16(bytes, open + 1, close) % COUNT;
            }
        }
        return crc16(bytes, 0, bytes.length) % COUNT;
    }

    /**
     * Return a hash tag (without braces) whose slot is the given one.
     * @param slot the slot
     * @return the tag
     */
    static String tag(int slot) {
        return Integer.toString(Tags.TABLE[slot], Character.MAX_RADIX);
    }

    private static int indexOf(byte[] bytes, byte value, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == value) {
                return i;
            }
        }
        return -1;
    }

    static int crc16(byte[] bytes, int from, int to) {
        int crc = 0;
        for (int i = from; i < to; i++) {
            crc ^= (bytes[i] & 0xff) << 8;
            for (int bit = 0; bit < 8; bit++) {
                crc = ((crc & 0x8000) != 0) ? (crc << 1) ^ 0x1021 : crc << 1;
            }
            crc &= 0xffff;
        }
        return crc;
    }

    /**
     * For each slot the smallest number whose base-36 text hashes to it; built on first
     * use (about 170,000 CRCs of short strings).
     */
    private static final class Tags {

        static final int[] TABLE = build();

        private static int[] build() {
            int[] table = new int[COUNT];
            java.util.Arrays.fill(table, -1);
            int found = 0;
            for (int n = 0; found < COUNT; n++) {
                byte[] text = Integer.toString(n, Character.MAX_RADIX).getBytes(StandardCharsets.US_ASCII);
                int slot = crc16(text, 0, text.length) % COUNT;
                if (table[slot] < 0) {
                    table[slot] = n;
                    found++;
                }
            }
            return table;
        }

    }

}
