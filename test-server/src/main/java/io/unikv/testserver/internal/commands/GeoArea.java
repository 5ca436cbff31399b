package io.unikv.testserver.internal.commands;

import java.util.ArrayList;
import java.util.List;

import io.unikv.testserver.internal.engine.ByteKey;
import io.unikv.testserver.internal.engine.ZSetValue;

/**
 * Redis's geo search: estimate a geohash precision from the radius (one step coarser near
 * the poles, or when a neighbouring cell does not reach the bounding box), then scan the
 * score ranges of the centre cell and its eight neighbours (skipping useless ones and
 * repeats) in a fixed order, keeping the points inside the circle or box. With a limit
 * ({@code ANY}) the scan stops as soon as enough points were found.
 *
 * @author unikv authors
 */
final class GeoArea {

    private static final double MERCATOR_MAX = 20037726.37;

    private GeoArea() {
    }

    /**
     * Search a sorted set.
     * @param zset the set
     * @param shape the search area
     * @param limit stop after this many points, 0 for no limit
     * @return the points found, in scan order
     */
    static List<Point> search(ZSetValue zset, Shape shape, long limit) {
        double lon = shape.xy[0];
        double lat = shape.xy[1];
        double[] bounds = boundingBox(shape);
        double radiusMeters = shape.box
                ? Math.sqrt((shape.width / 2) * (shape.width / 2) + (shape.height / 2) * (shape.height / 2))
                : shape.radius;
        radiusMeters *= shape.conversion;
        int step = estimateSteps(radiusMeters, lat);
        long hash = GeoHash.encode(lon, lat, step, GeoHash.LAT_MIN, GeoHash.LAT_MAX);
        double[] north = GeoHash.area(GeoHash.move(hash, step, 0, 1), step);
        double[] south = GeoHash.area(GeoHash.move(hash, step, 0, -1), step);
        double[] east = GeoHash.area(GeoHash.move(hash, step, 1, 0), step);
        double[] west = GeoHash.area(GeoHash.move(hash, step, -1, 0), step);
        boolean decrease = north[1] < bounds[3] || south[0] > bounds[1] || east[3] < bounds[2] || west[2] > bounds[0];
        if (step > 1 && decrease) {
            step--;
            hash = GeoHash.encode(lon, lat, step, GeoHash.LAT_MIN, GeoHash.LAT_MAX);
        }
        double[] area = GeoHash.area(hash, step);
        // centre, N, S, E, W, NE, NW, SE, SW
        int[][] moves = { { 0, 0 }, { 0, 1 }, { 0, -1 }, { 1, 0 }, { -1, 0 }, { 1, 1 }, { -1, 1 }, { 1, -1 },
                { -1, -1 } };
        boolean[] zero = new boolean[9];
        if (step >= 2) {
            if (area[0] < bounds[1]) {
                zero[2] = zero[8] = zero[7] = true;
            }
            if (area[1] > bounds[3]) {
                zero[1] = zero[5] = zero[6] = true;
            }
            if (area[2] < bounds[0]) {
                zero[4] = zero[8] = zero[6] = true;
            }
            if (area[3] > bounds[2]) {
                zero[3] = zero[7] = zero[5] = true;
            }
        }
        List<Point> points = new ArrayList<>();
        long[] cells = new long[9];
        int lastProcessed = 0;
        for (int i = 0; i < 9; i++) {
            if (zero[i]) {
                continue;
            }
            cells[i] = GeoHash.move(hash, step, moves[i][0], moves[i][1]);
            if (lastProcessed != 0 && cells[i] == cells[lastProcessed]) {
                continue;
            }
            if (!points.isEmpty() && limit != 0 && points.size() >= limit) {
                break;
            }
            scanCell(zset, cells[i], step, shape, points, limit);
            lastProcessed = i;
        }
        return points;
    }

    private static void scanCell(ZSetValue zset, long cell, int step, Shape shape, List<Point> points, long limit) {
        double min = cell << (52 - step * 2);
        double max = (cell + 1) << (52 - step * 2);
        for (ZSetValue.Entry entry : zset.from(min, false, false)) {
            if (entry.score() >= max) {
                break;
            }
            double[] xy = GeoHash.decode(entry.score());
            double distance = within(shape, xy);
            if (distance >= 0) {
                points.add(new Point(entry.member(), entry.score(), xy, distance));
            }
            if (!points.isEmpty() && limit != 0 && points.size() >= limit) {
                break;
            }
        }
    }

    /** Return the distance from the centre, or -1 if the point is outside the shape. */
    private static double within(Shape shape, double[] xy) {
        double x1 = shape.xy[0];
        double y1 = shape.xy[1];
        if (!shape.box) {
            double distance = GeoHash.distance(x1, y1, xy[0], xy[1]);
            return (distance > shape.radius * shape.conversion) ? -1 : distance;
        }
        double width = shape.width * shape.conversion;
        double height = shape.height * shape.conversion;
        if (GeoHash.latDistance(xy[1], y1) > height / 2) {
            return -1;
        }
        if (GeoHash.distance(xy[0], xy[1], x1, xy[1]) > width / 2) {
            return -1;
        }
        return GeoHash.distance(x1, y1, xy[0], xy[1]);
    }

    private static int estimateSteps(double rangeMeters, double lat) {
        if (rangeMeters == 0) {
            return 26;
        }
        int step = 1;
        while (rangeMeters < MERCATOR_MAX) {
            rangeMeters *= 2;
            step++;
        }
        step -= 2;
        if (lat > 66 || lat < -66) {
            step--;
            if (lat > 80 || lat < -80) {
                step--;
            }
        }
        return Math.max(1, Math.min(26, step));
    }

    /** Return {minLon, minLat, maxLon, maxLat}. */
    private static double[] boundingBox(Shape shape) {
        double lon = shape.xy[0];
        double lat = shape.xy[1];
        double height = shape.conversion * (shape.box ? shape.height / 2 : shape.radius);
        double width = shape.conversion * (shape.box ? shape.width / 2 : shape.radius);
        double latDelta = GeoHash.toDegrees(height / GeoHash.EARTH_RADIUS);
        double lonDeltaTop = GeoHash
            .toDegrees(width / GeoHash.EARTH_RADIUS / Math.cos(GeoHash.toRadians(lat + latDelta)));
        double lonDeltaBottom = GeoHash
            .toDegrees(width / GeoHash.EARTH_RADIUS / Math.cos(GeoHash.toRadians(lat - latDelta)));
        boolean southern = lat < 0;
        return new double[] { southern ? lon - lonDeltaBottom : lon - lonDeltaTop, lat - latDelta,
                southern ? lon + lonDeltaBottom : lon + lonDeltaTop, lat + latDelta };
    }

    /**
     * The search area: a centre and a radius or a box, in a unit.
     */
    static final class Shape {

        double[] xy = new double[2];

        boolean box;

        double radius;

        double width;

        double height;

        double conversion = 1;

    }

    /**
     * A point found.
     *
     * @param member the member
     * @param score its score
     * @param xy its decoded position
     * @param distance its distance from the centre in metres
     */
    record Point(ByteKey member, double score, double[] xy, double distance) {
    }

}
