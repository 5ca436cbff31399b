package io.unikv.commands;

import java.util.List;

import io.unikv.KvServerException;
import org.jspecify.annotations.Nullable;

/**
 * Synchronous commands for geospatial indexes: sorted sets whose scores are 52-bit
 * geohashes, so the sorted-set commands work on them too. Members are written through the
 * store's codec and read back as text. Distances are on a sphere (haversine) in the unit
 * asked for, rounded by Redis to 4 decimals. Error replies throw
 * {@link KvServerException} with Redis's text, for example {@code WRONGTYPE} when a key
 * holds another type or {@code ERR invalid longitude,latitude pair ...} outside the
 * limits of {@link GeoCoordinates}; GEOSEARCHSTORE and stored GEORADIUS need their keys
 * in one hash slot on Redis Cluster ({@code CROSSSLOT} otherwise).
 *
 * @author unikv authors
 * @see RedisGeoAsyncCommands
 */
public interface RedisGeoCommands {

    /**
     * {@code GEOADD}: add one member or move it.
     * @param key the key
     * @param longitude the longitude in degrees
     * @param latitude the latitude in degrees
     * @param member the member
     * @return 1 if the member was added, 0 if it was moved or already there
     */
    long geoadd(String key, double longitude, double latitude, Object member);

    /**
     * {@code GEOADD}: add members or move them.
     * @param key the key
     * @param members the members and their positions
     * @return how many members were added
     */
    long geoadd(String key, GeoMember... members);

    /**
     * {@code GEOADD key [NX|XX] [CH] ...}: add or move members with options.
     * @param key the key
     * @param options NX, XX and CH
     * @param members the members and their positions
     * @return how many members were added, or added or moved with CH
     */
    long geoadd(String key, GeoAddOptions options, GeoMember... members);

    /**
     * {@code GEOPOS}: the positions of members.
     * @param key the key
     * @param members the members
     * @return one position per member, in order, {@code null} for a missing member or key
     */
    List<@Nullable GeoCoordinates> geopos(String key, Object... members);

    /**
     * {@code GEODIST} in metres.
     * @param key the key
     * @param member1 one member
     * @param member2 the other member
     * @return the distance, or {@code null} if a member or the key is missing
     */
    @Nullable Double geodist(String key, Object member1, Object member2);

    /**
     * {@code GEODIST} in a unit.
     * @param key the key
     * @param member1 one member
     * @param member2 the other member
     * @param unit the unit
     * @return the distance, or {@code null} if a member or the key is missing
     */
    @Nullable Double geodist(String key, Object member1, Object member2, GeoUnit unit);

    /**
     * {@code GEOHASH}: standard 11-character geohash strings of members' positions.
     * @param key the key
     * @param members the members
     * @return one geohash per member, in order, {@code null} for a missing member or key
     */
    List<@Nullable String> geohash(String key, Object... members);

    /**
     * {@code GEOSEARCH} (Redis 6.2): members within a radius or box.
     * @param key the key
     * @param search the centre, shape and result options
     * @return the results, empty for a missing key; ordered as the search asks, else in
     * Redis's scan order
     * @throws KvServerException {@code ERR could not decode requested zset member} when
     * the centre member is missing
     */
    List<GeoResult> geosearch(String key, GeoSearch search);

    /**
     * {@code GEOSEARCHSTORE} (Redis 6.2): store the members found in a sorted set,
     * replacing the destination (deleted when nothing is found).
     * @param destination the key to store into
     * @param source the key to search
     * @param search the centre, shape and options (the WITH* options are ignored)
     * @param storeDist whether the scores are the distances in the search's unit
     * ({@code STOREDIST}) rather than the geohashes (so the result is a geo set again)
     * @return the number of members stored
     */
    long geosearchstore(String destination, String source, GeoSearch search, boolean storeDist);

    /**
     * {@code GEORADIUS_RO} or {@code GEORADIUSBYMEMBER_RO}: the search of
     * {@link #geosearch(String, GeoSearch)} with the older commands, for servers before
     * 6.2.
     * @param key the key
     * @param search a BYRADIUS search
     * @return the results
     * @throws IllegalArgumentException for a BYBOX search
     */
    List<GeoResult> georadius(String key, GeoSearch search);

    /**
     * {@code GEORADIUS ... STORE|STOREDIST} or
     * {@code GEORADIUSBYMEMBER ... STORE|STOREDIST}: the older form of
     * {@link #geosearchstore(String, String, GeoSearch, boolean)}.
     * @param key the key
     * @param search a BYRADIUS search
     * @param destination the key to store into
     * @param storeDist whether the scores are distances
     * @return the number of members stored
     * @throws IllegalArgumentException for a BYBOX search
     */
    long georadiusStore(String key, GeoSearch search, String destination, boolean storeDist);

}
