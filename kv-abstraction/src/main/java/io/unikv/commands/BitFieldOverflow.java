package io.unikv.commands;

/**
 * How BITFIELD SET and INCRBY treat values that do not fit their field.
 *
 * @author unikv authors
 */
public enum BitFieldOverflow {

    /** Wrap around (two's complement for signed fields), the default. */
    WRAP,

    /** Saturate at the field's minimum or maximum. */
    SAT,

    /** Refuse the operation: its reply is {@code null} and the field is unchanged. */
    FAIL

}
