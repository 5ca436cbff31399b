package io.unikv.testserver.internal.commands;

import io.unikv.testserver.internal.engine.ByteKey;
import io.unikv.testserver.internal.engine.CommandContext;
import io.unikv.testserver.internal.engine.Errors;
import io.unikv.testserver.internal.engine.RedisError;
import io.unikv.testserver.internal.engine.ZSetValue;
import org.jspecify.annotations.Nullable;

/**
 * The arguments of a geo search, parsed in Redis's order: the centre and radius of the
 * GEORADIUS forms first (skipped for GEORADIUSBYMEMBER on a missing key, as Redis does),
 * then the options left to right (a FROMMEMBER centre is looked up when it is met), then
 * the checks across options. Every error is thrown before anything is searched.
 *
 * @author unikv authors
 */
final class GeoQuery {

    final GeoArea.Shape shape = new GeoArea.Shape();

    @Nullable ByteKey storeKey;

    boolean storeDist;

    boolean withDist;

    boolean withHash;

    boolean withCoord;

    boolean any;

    /** 1 ascending, -1 descending, 0 unsorted. */
    int sort;

    long count;

    private GeoQuery() {
    }

    /**
     * Parse a search.
     * @param ctx the command
     * @param zset the source set, {@code null} if the key does not exist
     * @param flags the command's {@link GeoSearch} flags
     * @return the query
     */
    static GeoQuery parse(CommandContext ctx, @Nullable ZSetValue zset, int flags) {
        GeoQuery query = new GeoQuery();
        query.parseAll(ctx, zset, flags);
        return query;
    }

    private void parseAll(CommandContext ctx, @Nullable ZSetValue zset, int flags) {
        int base;
        if ((flags & GeoSearch.COORDS) != 0) {
            base = 6;
            this.shape.xy = GeoCommands.lonLat(ctx, 2);
            radius(ctx, 4, this.shape);
        }
        else if ((flags & GeoSearch.MEMBER) != 0) {
            base = 5;
            if (zset != null) {
                this.shape.xy = memberPosition(zset, ctx.key(2));
                radius(ctx, 3, this.shape);
            }
        }
        else {
            base = ((flags & GeoSearch.SEARCH_STORE) != 0) ? 3 : 2;
        }
        this.storeKey = ((flags & GeoSearch.SEARCH_STORE) != 0) ? ctx.key(1) : null;
        boolean fromMember = false;
        boolean fromLonLat = false;
        boolean byRadius = false;
        boolean byBox = false;
        boolean search = (flags & GeoSearch.SEARCH) != 0;
        boolean storeAllowed = (flags & GeoSearch.NO_STORE) == 0 && !search;
        int remaining = ctx.argc() - base;
        for (int i = 0; i < remaining; i++) {
            int at = base + i;
            String arg = ctx.option(at);
            if (arg.equals("WITHDIST")) {
                this.withDist = true;
            }
            else if (arg.equals("WITHHASH")) {
                this.withHash = true;
            }
            else if (arg.equals("WITHCOORD")) {
                this.withCoord = true;
            }
            else if (arg.equals("ANY")) {
                this.any = true;
            }
            else if (arg.equals("ASC")) {
                this.sort = 1;
            }
            else if (arg.equals("DESC")) {
                this.sort = -1;
            }
            else if (arg.equals("COUNT") && i + 1 < remaining) {
                this.count = ctx.longArg(at + 1);
                if (this.count <= 0) {
                    throw new RedisError(Errors.GEO_COUNT);
                }
                i++;
            }
            else if ((arg.equals("STORE") || arg.equals("STOREDIST")) && i + 1 < remaining && storeAllowed) {
                this.storeKey = ctx.key(at + 1);
                this.storeDist = arg.equals("STOREDIST");
                i++;
            }
            else if (arg.equals("STOREDIST") && search && (flags & GeoSearch.SEARCH_STORE) != 0) {
                this.storeDist = true;
            }
            else if (arg.equals("FROMMEMBER") && i + 1 < remaining && search && !fromLonLat) {
                if (zset != null) {
                    this.shape.xy = memberPosition(zset, ctx.key(at + 1));
                }
                fromMember = true;
                i++;
            }
            else if (arg.equals("FROMLONLAT") && i + 2 < remaining && search && !fromMember) {
                this.shape.xy = GeoCommands.lonLat(ctx, at + 1);
                fromLonLat = true;
                i += 2;
            }
            else if (arg.equals("BYRADIUS") && i + 2 < remaining && search && !byBox) {
                radius(ctx, at + 1, this.shape);
                byRadius = true;
                i += 2;
            }
            else if (arg.equals("BYBOX") && i + 3 < remaining && search && !byRadius) {
                box(ctx, at + 1, this.shape);
                byBox = true;
                i += 3;
            }
            else {
                throw ctx.syntaxError();
            }
        }
        if (this.storeKey != null && (this.withDist || this.withHash || this.withCoord)) {
            throw new RedisError(Errors.geoStoreWith((flags & GeoSearch.SEARCH_STORE) != 0));
        }
        if (search && !(fromMember || fromLonLat)) {
            throw new RedisError(Errors.geoNeedsFrom(ctx.text(0)));
        }
        if (search && !(byRadius || byBox)) {
            throw new RedisError(Errors.geoNeedsBy(ctx.text(0)));
        }
        if (this.any && this.count == 0) {
            throw new RedisError(Errors.GEO_ANY_NEEDS_COUNT);
        }
    }

    static double[] memberPosition(ZSetValue zset, ByteKey member) {
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
