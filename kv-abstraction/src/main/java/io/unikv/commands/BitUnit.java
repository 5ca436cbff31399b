package io.unikv.commands;

/**
 * The unit of a BITCOUNT or BITPOS range (Redis 7.0): byte indexes, the default, or bit
 * indexes.
 *
 * @author unikv authors
 */
public enum BitUnit {

    /** Start and end are byte indexes. */
    BYTE,

    /** Start and end are bit indexes. */
    BIT

}
