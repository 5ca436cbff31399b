package io.unikv.internal.commands;

import java.util.List;
import java.util.function.Function;

import io.unikv.commands.GeoCoordinates;
import io.unikv.commands.GeoResult;
import io.unikv.commands.GeoSearch;
import io.unikv.internal.Converters;
import io.unikv.transport.Reply;
import org.jspecify.annotations.Nullable;

/**
 * Converters for geo replies, accepting RESP2 (coordinates and distances as bulk strings,
 * also what REST sends) and RESP3 (coordinates as doubles) shapes.
 *
 * @author unikv authors
 */
final class GeoReplies {

    private GeoReplies() {
    }

    /**
     * A {@code [longitude, latitude]} pair, or nil.
     * @return the converter
     */
    static Function<Reply, @Nullable GeoCoordinates> coordinates() {
        return (reply) -> {
            if (reply.isNil()) {
                return null;
            }
            List<Reply> pair = reply.asList();
            if (pair.size() != 2) {
                return null;
            }
            Double longitude = Converters.dbl().apply(pair.get(0));
            Double latitude = Converters.dbl().apply(pair.get(1));
            return (longitude != null && latitude != null) ? new GeoCoordinates(longitude, latitude) : null;
        };
    }

    /**
     * Search results: plain members, or arrays of member, distance, hash and coordinates
     * as the search asked for them.
     * @param search the search
     * @return the converter
     */
    static Function<Reply, List<GeoResult>> results(GeoSearch search) {
        return Converters.list((item) -> result(item, search));
    }

    private static GeoResult result(Reply item, GeoSearch search) {
        if (!(item instanceof Reply.Array)) {
            return GeoResult.of(String.valueOf(item.asString()));
        }
        List<Reply> parts = item.asList();
        int next = 0;
        String member = String.valueOf(parts.get(next++).asString());
        Double distance = search.hasDist() ? Converters.dbl().apply(parts.get(next++)) : null;
        Long hash = search.hasHash() ? parts.get(next++).asLong() : null;
        GeoCoordinates coordinates = search.hasCoord() ? coordinates().apply(parts.get(next)) : null;
        return new GeoResult(member, distance, hash, coordinates);
    }

}
