package io.unikv.commands;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A geo search: a centre (a member's position or coordinates), a shape (a radius or a box
 * of width by height, in a unit) and what to return (order, how many, distances,
 * geohashes, coordinates). Immutable: every method returns a new instance. <pre>
 * GeoSearch.fromLonLat(15, 37).byRadius(200, GeoUnit.KM).asc().count(10).withDist();
 * GeoSearch.fromMember("Palermo").byBox(400, 300, GeoUnit.KM).withCoord();
 * </pre>
 *
 * @author unikv authors
 */
public final class GeoSearch {

    private final @Nullable Object member;

    private final @Nullable GeoCoordinates coordinates;

    private final boolean box;

    private final double radius;

    private final double width;

    private final double height;

    private final GeoUnit unit;

    private final @Nullable String order;

    private final long count;

    private final boolean any;

    private final boolean withCoord;

    private final boolean withDist;

    private final boolean withHash;

    private GeoSearch(From from, boolean box, double radius, double width, double height, GeoUnit unit) {
        this(from.member, from.coordinates, box, radius, width, height, unit, null, 0, false, false, false, false);
    }

    private GeoSearch(@Nullable Object member, @Nullable GeoCoordinates coordinates, boolean box, double radius,
            double width, double height, GeoUnit unit, @Nullable String order, long count, boolean any,
            boolean withCoord, boolean withDist, boolean withHash) {
        this.member = member;
        this.coordinates = coordinates;
        this.box = box;
        this.radius = radius;
        this.width = width;
        this.height = height;
        this.unit = unit;
        this.order = order;
        this.count = count;
        this.any = any;
        this.withCoord = withCoord;
        this.withDist = withDist;
        this.withHash = withHash;
    }

    /**
     * Search around a member of the set ({@code FROMMEMBER}).
     * @param member the member, written through the store's codec
     * @return the centre, to give a shape to
     */
    public static From fromMember(Object member) {
        return new From(member, null);
    }

    /**
     * Search around coordinates ({@code FROMLONLAT}).
     * @param longitude the longitude in degrees
     * @param latitude the latitude in degrees
     * @return the centre, to give a shape to
     */
    public static From fromLonLat(double longitude, double latitude) {
        return new From(null, new GeoCoordinates(longitude, latitude));
    }

    /**
     * Return results nearest first ({@code ASC}).
     * @return a new search
     */
    public GeoSearch asc() {
        return copy("ASC", this.count, this.any, this.withCoord, this.withDist, this.withHash);
    }

    /**
     * Return results farthest first ({@code DESC}).
     * @return a new search
     */
    public GeoSearch desc() {
        return copy("DESC", this.count, this.any, this.withCoord, this.withDist, this.withHash);
    }

    /**
     * Return at most {@code count} results ({@code COUNT}); without an order Redis sorts
     * nearest first to pick them.
     * @param count the limit, at least 1
     * @return a new search
     * @throws IllegalArgumentException if the count is below 1
     */
    public GeoSearch count(long count) {
        return copy(this.order, checked(count), false, this.withCoord, this.withDist, this.withHash);
    }

    /**
     * Return the first {@code count} results found, not the nearest ones
     * ({@code COUNT count ANY}): faster on large sets.
     * @param count the limit, at least 1
     * @return a new search
     * @throws IllegalArgumentException if the count is below 1
     */
    public GeoSearch countAny(long count) {
        return copy(this.order, checked(count), true, this.withCoord, this.withDist, this.withHash);
    }

    /**
     * Return each result's position ({@code WITHCOORD}).
     * @return a new search
     */
    public GeoSearch withCoord() {
        return copy(this.order, this.count, this.any, true, this.withDist, this.withHash);
    }

    /**
     * Return each result's distance from the centre, in the search's unit
     * ({@code WITHDIST}).
     * @return a new search
     */
    public GeoSearch withDist() {
        return copy(this.order, this.count, this.any, this.withCoord, true, this.withHash);
    }

    /**
     * Return each result's raw geohash ({@code WITHHASH}).
     * @return a new search
     */
    public GeoSearch withHash() {
        return copy(this.order, this.count, this.any, this.withCoord, this.withDist, true);
    }

    /**
     * Return the centre member.
     * @return the member, or {@code null} when the centre is coordinates
     */
    public @Nullable Object member() {
        return this.member;
    }

    /**
     * Return the centre coordinates.
     * @return the coordinates, or {@code null} when the centre is a member
     */
    public @Nullable GeoCoordinates coordinates() {
        return this.coordinates;
    }

    /**
     * Return whether the shape is a box.
     * @return {@code true} for BYBOX, {@code false} for BYRADIUS
     */
    public boolean isBox() {
        return this.box;
    }

    /**
     * Return the radius of a BYRADIUS search.
     * @return the radius in {@link #unit()}
     */
    public double radius() {
        return this.radius;
    }

    /**
     * Return the unit of the shape and of the distances returned.
     * @return the unit
     */
    public GeoUnit unit() {
        return this.unit;
    }

    /**
     * Return whether results carry their position.
     * @return whether WITHCOORD is set
     */
    public boolean hasCoord() {
        return this.withCoord;
    }

    /**
     * Return whether results carry their distance.
     * @return whether WITHDIST is set
     */
    public boolean hasDist() {
        return this.withDist;
    }

    /**
     * Return whether results carry their geohash.
     * @return whether WITHHASH is set
     */
    public boolean hasHash() {
        return this.withHash;
    }

    /**
     * Return the shape arguments as GEOSEARCH takes them ({@code BYRADIUS r unit} or
     * {@code BYBOX w h unit}).
     * @return the arguments
     */
    public List<Object> shapeArguments() {
        return this.box ? List.of("BYBOX", this.width, this.height, this.unit.name())
                : List.of("BYRADIUS", this.radius, this.unit.name());
    }

    /**
     * Return the result options as arguments ({@code ASC}/{@code DESC},
     * {@code COUNT n [ANY]}, and, when {@code withResultFields}, {@code WITHCOORD},
     * {@code WITHDIST}, {@code WITHHASH}).
     * @param withResultFields whether to include the WITH* options (stored searches take
     * none)
     * @return the arguments
     */
    public List<Object> optionArguments(boolean withResultFields) {
        List<Object> args = new ArrayList<>();
        if (this.order != null) {
            args.add(this.order);
        }
        if (this.count > 0) {
            args.add("COUNT");
            args.add(this.count);
            if (this.any) {
                args.add("ANY");
            }
        }
        if (withResultFields) {
            if (this.withCoord) {
                args.add("WITHCOORD");
            }
            if (this.withDist) {
                args.add("WITHDIST");
            }
            if (this.withHash) {
                args.add("WITHHASH");
            }
        }
        return args;
    }

    @Override
    public String toString() {
        Object centre = (this.member != null) ? "FROMMEMBER " + this.member : "FROMLONLAT " + this.coordinates;
        return "GeoSearch[" + centre + " " + shapeArguments() + " " + optionArguments(true) + "]";
    }

    private GeoSearch copy(@Nullable String order, long count, boolean any, boolean withCoord, boolean withDist,
            boolean withHash) {
        return new GeoSearch(this.member, this.coordinates, this.box, this.radius, this.width, this.height, this.unit,
                order, count, any, withCoord, withDist, withHash);
    }

    private static long checked(long count) {
        if (count < 1) {
            throw new IllegalArgumentException("COUNT must be > 0");
        }
        return count;
    }

    /**
     * The centre of a search, waiting for its shape.
     */
    public static final class From {

        private final @Nullable Object member;

        private final @Nullable GeoCoordinates coordinates;

        private From(@Nullable Object member, @Nullable GeoCoordinates coordinates) {
            this.member = member;
            this.coordinates = coordinates;
        }

        /**
         * Search within a radius ({@code BYRADIUS}).
         * @param radius the radius, not negative
         * @param unit its unit, also the unit of returned distances
         * @return the search
         */
        public GeoSearch byRadius(double radius, GeoUnit unit) {
            return new GeoSearch(this, false, radius, 0, 0, unit);
        }

        /**
         * Search within an axis-aligned box centred on the centre ({@code BYBOX}).
         * @param width the width (east-west), not negative
         * @param height the height (north-south), not negative
         * @param unit the unit of both, also the unit of returned distances
         * @return the search
         */
        public GeoSearch byBox(double width, double height, GeoUnit unit) {
            return new GeoSearch(this, true, 0, width, height, unit);
        }

    }

}
