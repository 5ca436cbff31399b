package io.unikv.commands;

import org.jspecify.annotations.Nullable;

/**
 * The type of a BITFIELD field: a signed integer of 1 to 64 bits ({@code i8}) or an
 * unsigned one of 1 to 63 bits ({@code u8}). Immutable.
 *
 * @author unikv authors
 */
public final class BitFieldType {

    private final boolean signed;

    private final int bits;

    private BitFieldType(boolean signed, int bits) {
        this.signed = signed;
        this.bits = bits;
    }

    /**
     * A signed field.
     * @param bits the width, 1 to 64
     * @return the type
     * @throws IllegalArgumentException for other widths
     */
    public static BitFieldType signed(int bits) {
        if (bits < 1 || bits > 64) {
            throw new IllegalArgumentException("A signed bit field has 1 to 64 bits, not " + bits);
        }
        return new BitFieldType(true, bits);
    }

    /**
     * An unsigned field.
     * @param bits the width, 1 to 63
     * @return the type
     * @throws IllegalArgumentException for other widths
     */
    public static BitFieldType unsigned(int bits) {
        if (bits < 1 || bits > 63) {
            throw new IllegalArgumentException("An unsigned bit field has 1 to 63 bits, not " + bits);
        }
        return new BitFieldType(false, bits);
    }

    /**
     * Return whether the field is signed.
     * @return whether it is signed
     */
    public boolean isSigned() {
        return this.signed;
    }

    /**
     * Return the width.
     * @return the number of bits
     */
    public int bits() {
        return this.bits;
    }

    /**
     * Return the type as BITFIELD writes it.
     * @return {@code i<bits>} or {@code u<bits>}
     */
    @Override
    public String toString() {
        return (this.signed ? "i" : "u") + this.bits;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof BitFieldType type && type.signed == this.signed && type.bits == this.bits;
    }

    @Override
    public int hashCode() {
        return (this.signed ? 100 : 0) + this.bits;
    }

}
