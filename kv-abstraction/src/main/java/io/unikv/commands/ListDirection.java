package io.unikv.commands;

/**
 * An end of a list, as {@code LMOVE}, {@code BLMOVE}, {@code LMPOP} and {@code BLMPOP}
 * name it. The constant's name is the Redis argument.
 *
 * @author unikv authors
 */
public enum ListDirection {

    /** The head: index 0, where {@code LPUSH} adds and {@code LPOP} takes. */
    LEFT,

    /** The tail: index -1, where {@code RPUSH} adds and {@code RPOP} takes. */
    RIGHT

}
