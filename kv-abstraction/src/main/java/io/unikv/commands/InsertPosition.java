package io.unikv.commands;

/**
 * Where {@code LINSERT} puts the new element relative to the pivot. The constant's name
 * is the Redis argument.
 *
 * @author unikv authors
 */
public enum InsertPosition {

    /** Just before the pivot, nearer the head. */
    BEFORE,

    /** Just after the pivot, nearer the tail. */
    AFTER

}
