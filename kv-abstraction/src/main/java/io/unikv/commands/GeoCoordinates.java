package io.unikv.commands;

/**
 * A position as the geo commands use it: longitude first (-180 to 180), then latitude
 * (-85.05112878 to 85.05112878, the limits of the Web Mercator projection Redis uses).
 * Positions read back are the centre of Redis's 52-bit geohash cell, within about 0.6 m
 * of what was written.
 *
 * @param longitude the longitude in degrees
 * @param latitude the latitude in degrees
 * @author unikv authors
 */
public record GeoCoordinates(double longitude, double latitude) {

    /**
     * A position.
     * @param longitude the longitude in degrees
     * @param latitude the latitude in degrees
     * @return the position
     */
    public static GeoCoordinates of(double longitude, double latitude) {
        return new GeoCoordinates(longitude, latitude);
    }

}
