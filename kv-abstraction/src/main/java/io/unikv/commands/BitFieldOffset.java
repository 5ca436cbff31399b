package io.unikv.commands;

import org.jspecify.annotations.Nullable;

/**
 * Where a BITFIELD field starts: at a bit offset, or at the n-th field of its own width
 * ({@code #n}, bit offset n times the width). Immutable.
 *
 * @author unikv authors
 */
public final class BitFieldOffset {

    private final long value;

    private final boolean fields;

    private BitFieldOffset(long value, boolean fields) {
        if (value < 0) {
            throw new IllegalArgumentException("A bit field offset cannot be negative: " + value);
        }
        this.value = value;
        this.fields = fields;
    }

    /**
     * An offset in bits from the start of the string.
     * @param offset the bit offset, not negative
     * @return the offset
     */
    public static BitFieldOffset bit(long offset) {
        return new BitFieldOffset(offset, false);
    }

    /**
     * The {@code index}-th field of the operation's width ({@code #index}).
     * @param index the field index, not negative
     * @return the offset
     */
    public static BitFieldOffset field(long index) {
        return new BitFieldOffset(index, true);
    }

    /**
     * Return the offset as BITFIELD writes it.
     * @return the number, prefixed with {@code #} for field indexes
     */
    @Override
    public String toString() {
        return (this.fields ? "#" : "") + this.value;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof BitFieldOffset offset && offset.value == this.value && offset.fields == this.fields;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(this.value) * (this.fields ? 31 : 1);
    }

}
