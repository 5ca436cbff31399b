package io.unikv.testserver.internal.commands;

/**
 * MurmurHash64A, the 64-bit hash HyperLogLog feeds its elements through, reading 8-byte
 * words little-endian as Redis does on the platforms it runs on.
 *
 * @author unikv authors
 */
final class MurmurHash64A {

    private MurmurHash64A() {
    }

    /**
     * MurmurHash64A as Redis uses it (little-endian words).
     * @param data the bytes
     * @param seed the seed
     * @return the hash
     */
    static long hash(byte[] data, long seed) {
        final long m = 0xc6a4a7935bd1e995L;
        final int r = 47;
        int len = data.length;
        long h = seed ^ (len * m);
        int end = len - (len & 7);
        for (int i = 0; i < end; i += 8) {
            long k = 0;
            for (int b = 7; b >= 0; b--) {
                k = (k << 8) | (data[i + b] & 0xffL);
            }
            k *= m;
            k ^= k >>> r;
            k *= m;
            h ^= k;
            h *= m;
        }
        int tail = len & 7;
        if (tail > 0) {
            for (int b = tail - 1; b >= 0; b--) {
                h ^= (data[end + b] & 0xffL) << (8 * b);
            }
            h *= m;
        }
        h ^= h >>> r;
        h *= m;
        h ^= h >>> r;
        return h;
    }

}
