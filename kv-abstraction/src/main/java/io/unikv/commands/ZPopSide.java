package io.unikv.commands;

/**
 * The end of a sorted set that {@code ZMPOP} and {@code BZMPOP} pop from. The constant's
 * name is the Redis argument.
 *
 * @author unikv authors
 */
public enum ZPopSide {

    /** The members with the lowest scores, lowest first. */
    MIN,

    /** The members with the highest scores, highest first. */
    MAX

}
