package io.unikv.commands;

/**
 * A BITOP operation.
 *
 * @author unikv authors
 */
public enum BitOperation {

    /** Bitwise AND of every source. */
    AND,

    /** Bitwise OR of every source. */
    OR,

    /** Bitwise XOR of every source. */
    XOR,

    /** Bitwise NOT of exactly one source. */
    NOT

}
