package io.unikv.commands;

/**
 * A distance unit of the geo commands.
 *
 * @author unikv authors
 */
public enum GeoUnit {

    /** Metres. */
    M,

    /** Kilometres. */
    KM,

    /** Feet (0.3048 m). */
    FT,

    /** Miles (1609.34 m). */
    MI

}
