package io.unikv.testserver.internal.commands;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.unikv.testserver.internal.engine.ByteKey;
import io.unikv.testserver.internal.engine.CommandContext;
import io.unikv.testserver.internal.engine.Database;
import io.unikv.testserver.internal.engine.Errors;
import io.unikv.testserver.internal.engine.RedisError;
import io.unikv.testserver.internal.engine.Reply;
import io.unikv.testserver.internal.engine.ZSetValue;

/**
 * GEOSEARCH, GEOSEARCHSTORE, GEORADIUS, GEORADIUSBYMEMBER and their {@code _RO} forms:
 * one parser in Redis's order (the centre and radius of the legacy forms first, then
 * options left to right, then the cross-option checks), and Redis's search over the
 * centre geohash cell and its eight neighbours (see {@link GeoArea}), so the same points
 * come back in the same order.
 *
 * @author unikv authors
 */
final class GeoSearch {

    static final int COORDS = 1;

    static final int MEMBER = 2;

    static final int NO_STORE = 4;

    static final int SEARCH = 8;

    static final int SEARCH_STORE = 16;

    private GeoSearch() {
    }

    static Reply run(CommandContext ctx, int sourceIndex, int flags) {
        ZSetValue zset = SortedSetCommands.zset(ctx.db(), ctx.key(sourceIndex));
        GeoArea.Shape shape = new GeoArea.Shape();
        int base;
        if ((flags & COORDS) != 0) {
            base = 6;
            shape.xy = GeoCommands.lonLat(ctx, 2);
            radius(ctx, 4, shape);
        }
        else if ((flags & MEMBER) != 0) {
            base = 5;
            if (zset != null) {
                shape.xy = memberPosition(zset, ctx.key(2));
                radius(ctx, 3, shape);
            }
        }
        else {
            base = ((flags & SEARCH_STORE) != 0) ? 3 : 2;
        }
        ByteKey storeKey = ((flags & SEARCH_STORE) != 0) ? ctx.key(1) : null;
        boolean storeDist = false;
        boolean withDist = false;
        boolean withHash = false;
        boolean withCoord = false;
        boolean fromMember = false;
        boolean fromLonLat = false;
        boolean byRadius = false;
        boolean byBox = false;
        boolean any = false;
        int sort = 0;
        long count = 0;
        boolean search = (flags & SEARCH) != 0;
        boolean storeAllowed = (flags & NO_STORE) == 0 && !search;
        int remaining = ctx.argc() - base;
        for (int i = 0; i < remaining; i++) {
            int at = base + i;
            String arg = ctx.option(at);
            if (arg.equals("WITHDIST")) {
                withDist = true;
            }
            else if (arg.equals("WITHHASH")) {
                withHash = true;
            }
            else if (arg.equals("WITHCOORD")) {
                withCoord = true;
            }
            else if (arg.equals("ANY")) {
                any = true;
            }
            else if (arg.equals("ASC")) {
                sort = 1;
            }
            else if (arg.equals("DESC")) {
                sort = -1;
            }
            else if (arg.equals("COUNT") && i + 1 < remaining) {
                count = ctx.longArg(at + 1);
                if (count <= 0) {
                    throw new RedisError(Errors.GEO_COUNT);
                }
                i++;
            }
            else if ((arg.equals("STORE") || arg.equals("STOREDIST")) && i + 1 < remaining && storeAllowed) {
                storeKey = ctx.key(at + 1);
                storeDist = arg.equals("STOREDIST");
                i++;
            }
            else if (arg.equals("STOREDIST") && search && (flags & SEARCH_STORE) != 0) {
                storeDist = true;
            }
            else if (arg.equals("FROMMEMBER") && i + 1 < remaining && search && !fromLonLat) {
                if (zset != null) {
                    shape.xy = memberPosition(zset, ctx.key(at + 1));
                }
                fromMember = true;
                i++;
            }
            else if (arg.equals("FROMLONLAT") && i + 2 < remaining && search && !fromMember) {
                shape.xy = GeoCommands.lonLat(ctx, at + 1);
                fromLonLat = true;
                i += 2;
            }
            else if (arg.equals("BYRADIUS") && i + 2 < remaining && search && !byBox) {
                radius(ctx, at + 1, shape);
                byRadius = true;
                i += 2;
            }
            else if (arg.equals("BYBOX") && i + 3 < remaining && search && !byRadius) {
                box(ctx, at + 1, shape);
                byBox = true;
                i += 3;
            }
            else {
                throw ctx.syntaxError();
            }
        }
        if (storeKey != null && (withDist || withHash || withCoord)) {
            throw new RedisError(Errors.geoStoreWith((flags & SEARCH_STORE) != 0));
        }
        if (search && !(fromMember || fromLonLat)) {
            throw new RedisError(Errors.geoNeedsFrom(ctx.text(0)));
        }
        if (search && !(byRadius || byBox)) {
            throw new RedisError(Errors.geoNeedsBy(ctx.text(0)));
        }
        if (any && count == 0) {
            throw new RedisError(Errors.GEO_ANY_NEEDS_COUNT);
        }
        Database db = ctx.db();
        if (zset == null) {
            if (storeKey != null) {
                db.delete(storeKey);
                return Reply.ZERO;
            }
            return Reply.EMPTY_ARRAY;
        }
        if (count != 0 && sort == 0 && !any) {
            sort = 1;
        }
        List<GeoArea.Point> points = GeoArea.search(zset, shape, any ? count : 0);
        if (points.isEmpty() && storeKey == null) {
            return Reply.EMPTY_ARRAY;
        }
        int returned = (int) ((count == 0 || points.size() < count) ? points.size() : count);
        if (sort != 0) {
            Comparator<GeoArea.Point> order = (sort > 0) ? GeoSearch::nearer : (a, b) -> -nearer(a, b);
            if (returned == points.size()) {
                // the C library's qsort is a stable merge sort
                points.sort(order);
            }
            else {
                PartialSort.sort(points, order, 0, returned - 1);
            }
        }
        if (storeKey == null) {
            List<Reply> replies = new ArrayList<>(returned);
            for (GeoArea.Point point : points.subList(0, returned)) {
                replies.add(item(point, shape.conversion, withDist, withHash, withCoord));
            }
            return Reply.array(replies);
        }
        if (returned == 0) {
            db.delete(storeKey);
            return Reply.ZERO;
        }
        ZSetValue result = new ZSetValue();
        for (GeoArea.Point point : points.subList(0, returned)) {
            result.put(point.member(), storeDist ? point.distance() / shape.conversion : point.score());
        }
        db.set(storeKey, result);
        return Reply.integer(returned);
    }

    private static int nearer(GeoArea.Point a, GeoArea.Point b) {
        return (a.distance() > b.distance()) ? 1 : (a.distance() == b.distance()) ? 0 : -1;
    }

    private static Reply item(GeoArea.Point point, double conversion, boolean withDist, boolean withHash,
            boolean withCoord) {
        if (!withDist && !withHash && !withCoord) {
            return Reply.bulk(point.member().bytes());
        }
        List<Reply> parts = new ArrayList<>(4);
        parts.add(Reply.bulk(point.member().bytes()));
        if (withDist) {
            parts.add(GeoCommands.distance(point.distance() / conversion));
        }
        if (withHash) {
            parts.add(Reply.integer((long) point.score()));
        }
        if (withCoord) {
            parts.add(GeoCommands.position(point.xy()));
        }
        return Reply.array(parts);
    }

    private static double[] memberPosition(ZSetValue zset, ByteKey member) {
        Double score = zset.score(member);
        if (score == null) {
            throw new RedisError(Errors.GEO_MEMBER_NOT_DECODED);
        }
        return GeoHash.decode(score);
    }

    private static void radius(CommandContext ctx, int index, GeoArea.Shape shape) {
        double radius = ZScores.parse(ctx.arg(index), Errors.GEO_RADIUS_NOT_NUMBER);
        if (radius < 0) {
            throw new RedisError(Errors.GEO_RADIUS_NEGATIVE);
        }
        shape.radius = radius;
        shape.conversion = GeoCommands.unit(ctx, index + 1);
        shape.box = false;
    }

    private static void box(CommandContext ctx, int index, GeoArea.Shape shape) {
        double width = ZScores.parse(ctx.arg(index), Errors.GEO_WIDTH_NOT_NUMBER);
        double height = ZScores.parse(ctx.arg(index + 1), Errors.GEO_HEIGHT_NOT_NUMBER);
        if (height < 0 || width < 0) {
            throw new RedisError(Errors.GEO_BOX_NEGATIVE);
        }
        shape.width = width;
        shape.height = height;
        shape.conversion = GeoCommands.unit(ctx, index + 2);
        shape.box = true;
    }

}
