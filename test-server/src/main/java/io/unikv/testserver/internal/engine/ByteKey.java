package io.unikv.testserver.internal.engine;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A binary-safe key or member usable in hash maps and sorted collections: compares by
 * unsigned byte order, as Redis does ({@code memcmp}).
 *
 * @author unikv authors
 */
public final class ByteKey implements Comparable<ByteKey> {

    private final byte[] bytes;

    private final int hash;

    private ByteKey(byte[] bytes) {
        this.bytes = bytes;
        this.hash = Arrays.hashCode(bytes);
    }

    /**
     * Wrap bytes without copying; callers must not modify them afterwards.
     * @param bytes the bytes
     * @return the key
     */
    public static ByteKey of(byte[] bytes) {
        return new ByteKey(bytes);
    }

    /**
     * Wrap UTF-8 text.
     * @param text the text
     * @return the key
     */
    public static ByteKey of(String text) {
        return new ByteKey(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Return the bytes; callers must not modify them.
     * @return the bytes
     */
    public byte[] bytes() {
        return this.bytes;
    }

    @Override
    public boolean equals(Object other) {
        return (other instanceof ByteKey key) && this.hash == key.hash && Arrays.equals(this.bytes, key.bytes);
    }

    @Override
    public int hashCode() {
        return this.hash;
    }

    @Override
    public int compareTo(ByteKey other) {
        return Arrays.compareUnsigned(this.bytes, other.bytes);
    }

    @Override
    public String toString() {
        return new String(this.bytes, StandardCharsets.UTF_8);
    }

}
