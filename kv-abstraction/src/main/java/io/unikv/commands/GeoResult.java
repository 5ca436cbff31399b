package io.unikv.commands;

import org.jspecify.annotations.Nullable;

/**
 * A member found by a geo search, with what the search asked for.
 *
 * @param member the member as text
 * @param distance the distance from the centre in the search's unit (rounded to 4
 * decimals by Redis), or {@code null} without {@code withDist()}
 * @param hash the raw 52-bit geohash (the sorted-set score), or {@code null} without
 * {@code withHash()}
 * @param coordinates the member's position, or {@code null} without {@code withCoord()}
 * @author unikv authors
 */
public record GeoResult(String member, @Nullable Double distance, @Nullable Long hash,
        @Nullable GeoCoordinates coordinates) {

    /**
     * A result with the member only.
     * @param member the member
     * @return the result
     */
    public static GeoResult of(String member) {
        return new GeoResult(member, null, null, null);
    }

}
