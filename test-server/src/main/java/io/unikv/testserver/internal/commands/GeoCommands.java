package io.unikv.testserver.internal.commands;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import io.unikv.testserver.internal.engine.ByteKey;
import io.unikv.testserver.internal.engine.CommandContext;
import io.unikv.testserver.internal.engine.CommandSpec;
import io.unikv.testserver.internal.engine.CommandTable;
import io.unikv.testserver.internal.engine.Database;
import io.unikv.testserver.internal.engine.Errors;
import io.unikv.testserver.internal.engine.RedisError;
import io.unikv.testserver.internal.engine.RedisNumbers;
import io.unikv.testserver.internal.engine.Reply;
import io.unikv.testserver.internal.engine.ZSetValue;

import static io.unikv.testserver.internal.engine.CommandSpec.Flag.DENYOOM;
import static io.unikv.testserver.internal.engine.CommandSpec.Flag.READONLY;
import static io.unikv.testserver.internal.engine.CommandSpec.Flag.WRITE;

/**
 * Geo commands on sorted sets whose scores are 52-bit geohashes: GEOADD (NX, XX, CH),
 * GEOPOS, GEODIST, GEOHASH here; the searches (GEOSEARCH, GEOSEARCHSTORE, GEORADIUS*) in
 * {@link GeoSearch}.
 *
 * @author unikv authors
 */
final class GeoCommands {

    private GeoCommands() {
    }

    static void register(CommandTable table) {
        table.register(CommandSpec.keys("geoadd", -5, 1, 1, 1, GeoCommands::geoadd, WRITE, DENYOOM),
                CommandSpec.keys("geopos", -2, 1, 1, 1, GeoCommands::geopos, READONLY),
                CommandSpec.keys("geodist", -4, 1, 1, 1, GeoCommands::geodist, READONLY),
                CommandSpec.keys("geohash", -2, 1, 1, 1, GeoCommands::geohash, READONLY),
                CommandSpec.keys("geosearch", -7, 1, 1, 1, (ctx) -> GeoSearch.run(ctx, 1, GeoSearch.SEARCH), READONLY),
                CommandSpec.keys("geosearchstore", -8, 1, 2, 1,
                        (ctx) -> GeoSearch.run(ctx, 2, GeoSearch.SEARCH | GeoSearch.SEARCH_STORE), WRITE, DENYOOM),
                CommandSpec.keys("georadius", -6, 1, 1, 1, (ctx) -> GeoSearch.run(ctx, 1, GeoSearch.COORDS), WRITE,
                        DENYOOM),
                CommandSpec.keys("georadius_ro", -6, 1, 1, 1,
                        (ctx) -> GeoSearch.run(ctx, 1, GeoSearch.COORDS | GeoSearch.NO_STORE), READONLY),
                CommandSpec.keys("georadiusbymember", -5, 1, 1, 1, (ctx) -> GeoSearch.run(ctx, 1, GeoSearch.MEMBER),
                        WRITE, DENYOOM),
                CommandSpec.keys("georadiusbymember_ro", -5, 1, 1, 1,
                        (ctx) -> GeoSearch.run(ctx, 1, GeoSearch.MEMBER | GeoSearch.NO_STORE), READONLY));
    }

    /**
     * Parse a longitude and latitude pair and check Redis's limits.
     * @param ctx the command
     * @param index the position of the longitude
     * @return {longitude, latitude}
     */
    static double[] lonLat(CommandContext ctx, int index) {
        double lon = ZScores.parse(ctx.arg(index), Errors.NOT_FLOAT);
        double lat = ZScores.parse(ctx.arg(index + 1), Errors.NOT_FLOAT);
        if (!GeoHash.valid(lon, lat)) {
            throw new RedisError(Errors.geoInvalidPair(lon, lat));
        }
        return new double[] { lon, lat };
    }

    /**
     * Parse a unit into its size in metres.
     * @param ctx the command
     * @param index the position
     * @return metres per unit
     */
    static double unit(CommandContext ctx, int index) {
        return switch (ctx.option(index)) {
            case "M" -> 1;
            case "KM" -> 1000;
            case "FT" -> 0.3048;
            case "MI" -> 1609.34;
            default -> throw new RedisError(Errors.GEO_UNIT);
        };
    }

    /**
     * Format a distance as Redis does: rounded to 4 decimals ({@code llrint}), all
     * printed.
     * @param distance the distance
     * @return the reply
     */
    static Reply distance(double distance) {
        if (distance == 0) {
            return Reply.bulk("0.0000");
        }
        long scaled = (long) Math.rint(distance * 10000.0);
        return Reply.bulk(BigDecimal.valueOf(scaled, 4).toPlainString());
    }

    /**
     * A coordinate as {@code addReplyHumanLongDouble} sends it: {@code %.17Lf} without
     * trailing zeros.
     * @param value the coordinate
     * @return the reply
     */
    static Reply coordinate(double value) {
        return new Reply.DoubleText(RedisNumbers.formatLongDouble(new BigDecimal(value)));
    }

    /**
     * A longitude and latitude pair reply.
     * @param xy the coordinates
     * @return the reply
     */
    static Reply position(double[] xy) {
        return Reply.array(List.of(coordinate(xy[0]), coordinate(xy[1])));
    }

    private static Reply geoadd(CommandContext ctx) {
        boolean nx = false;
        boolean xx = false;
        boolean ch = false;
        int first = 2;
        for (; first < ctx.argc(); first++) {
            String option = ctx.option(first);
            if (option.equals("NX")) {
                nx = true;
            }
            else if (option.equals("XX")) {
                xx = true;
            }
            else if (option.equals("CH")) {
                ch = true;
            }
            else {
                break;
            }
        }
        int elements = (ctx.argc() - first) / 3;
        if ((ctx.argc() - first) % 3 != 0 || (xx && nx) || elements == 0) {
            throw ctx.syntaxError();
        }
        double[] scores = new double[elements];
        for (int i = 0; i < elements; i++) {
            double[] xy = lonLat(ctx, first + 3 * i);
            scores[i] = GeoHash.encode52(xy[0], xy[1]);
        }
        Database db = ctx.db();
        ByteKey key = ctx.key(1);
        ZSetValue zset = SortedSetCommands.zset(db, key);
        if (zset == null && xx) {
            return Reply.ZERO;
        }
        boolean created = zset == null;
        if (created) {
            zset = new ZSetValue();
        }
        int added = 0;
        int updated = 0;
        for (int i = 0; i < elements; i++) {
            ByteKey member = ctx.key(first + 3 * i + 2);
            Double current = zset.score(member);
            if (current == null) {
                if (!xx) {
                    zset.put(member, scores[i]);
                    added++;
                }
            }
            else if (!nx && current != scores[i]) {
                zset.put(member, scores[i]);
                updated++;
            }
        }
        if (created) {
            db.set(key, zset);
        }
        else if (added > 0 || updated > 0) {
            db.modified(key);
        }
        return Reply.integer(ch ? added + updated : added);
    }

    private static Reply geopos(CommandContext ctx) {
        ZSetValue zset = SortedSetCommands.zset(ctx.db(), ctx.key(1));
        List<Reply> replies = new ArrayList<>(ctx.argc() - 2);
        for (int i = 2; i < ctx.argc(); i++) {
            Double score = (zset != null) ? zset.score(ctx.key(i)) : null;
            replies.add((score != null) ? position(GeoHash.decode(score)) : Reply.NULL_ARRAY);
        }
        return Reply.array(replies);
    }

    private static Reply geodist(CommandContext ctx) {
        double toMeters = 1;
        if (ctx.argc() == 5) {
            toMeters = unit(ctx, 4);
        }
        else if (ctx.argc() > 5) {
            throw ctx.syntaxError();
        }
        ZSetValue zset = SortedSetCommands.zset(ctx.db(), ctx.key(1));
        if (zset == null) {
            return Reply.NULL;
        }
        Double a = zset.score(ctx.key(2));
        Double b = zset.score(ctx.key(3));
        if (a == null || b == null) {
            return Reply.NULL;
        }
        double[] p = GeoHash.decode(a);
        double[] q = GeoHash.decode(b);
        return distance(GeoHash.distance(p[0], p[1], q[0], q[1]) / toMeters);
    }

    private static Reply geohash(CommandContext ctx) {
        ZSetValue zset = SortedSetCommands.zset(ctx.db(), ctx.key(1));
        List<Reply> replies = new ArrayList<>(ctx.argc() - 2);
        for (int i = 2; i < ctx.argc(); i++) {
            Double score = (zset != null) ? zset.score(ctx.key(i)) : null;
            replies.add((score != null) ? Reply.bulk(GeoHash.standard(score)) : Reply.NULL);
        }
        return Reply.array(replies);
    }

}
