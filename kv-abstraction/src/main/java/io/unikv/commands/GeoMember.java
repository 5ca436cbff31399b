package io.unikv.commands;

/**
 * A member and its position, for GEOADD. The member is written through the store's codec.
 *
 * @param member the member
 * @param coordinates its position
 * @author unikv authors
 */
public record GeoMember(Object member, GeoCoordinates coordinates) {

    /**
     * A member at a position.
     * @param member the member
     * @param longitude the longitude in degrees
     * @param latitude the latitude in degrees
     * @return the member
     */
    public static GeoMember of(Object member, double longitude, double latitude) {
        return new GeoMember(member, new GeoCoordinates(longitude, latitude));
    }

}
