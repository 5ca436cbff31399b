package io.unikv.testserver.internal.commands;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.unikv.testserver.internal.engine.ByteKey;
import io.unikv.testserver.internal.engine.CommandContext;
import io.unikv.testserver.internal.engine.Database;
import io.unikv.testserver.internal.engine.Reply;
import io.unikv.testserver.internal.engine.ZSetValue;

/**
 * GEOSEARCH, GEOSEARCHSTORE, GEORADIUS, GEORADIUSBYMEMBER and their {@code _RO} forms:
 * the arguments parsed by {@link GeoQuery} in Redis's order, Redis's search over the
 * centre geohash cell and its eight neighbours (see {@link GeoArea}), and Redis's sorts
 * (a stable one, or {@link PartialSort} when COUNT cuts the results), so the same points
 * come back in the same order, then a reply or a stored sorted set.
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
        GeoQuery query = GeoQuery.parse(ctx, zset, flags);
        GeoArea.Shape shape = query.shape;
        ByteKey storeKey = query.storeKey;
        long count = query.count;
        int sort = query.sort;
        boolean any = query.any;
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
                replies.add(item(point, shape.conversion, query.withDist, query.withHash, query.withCoord));
            }
            return Reply.array(replies);
        }
        if (returned == 0) {
            db.delete(storeKey);
            return Reply.ZERO;
        }
        ZSetValue result = new ZSetValue();
        for (GeoArea.Point point : points.subList(0, returned)) {
            result.put(point.member(), query.storeDist ? point.distance() / shape.conversion : point.score());
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

}
