package io.unikv.testserver.internal.commands;

/**
 * Redis's geohash arithmetic: 52-bit interleaved hashes (latitude in the even bits,
 * longitude in the odd ones) over longitude -180..180 and latitude
 * -85.05112878..85.05112878, decoding to the cell centre, neighbouring cells, and the
 * haversine distance on a sphere of radius 6372797.560856 m (with correctly rounded
 * trigonometry, see {@link GeoMath}). Pure functions.
 *
 * @author unikv authors
 */
final class GeoHash {

    static final double LON_MIN = -180;

    static final double LON_MAX = 180;

    static final double LAT_MIN = -85.05112878;

    static final double LAT_MAX = 85.05112878;

    static final int STEP_MAX = 26;

    static final double EARTH_RADIUS = 6372797.560856;

    private static final double D_R = Math.PI / 180.0;

    private GeoHash() {
    }

    /**
     * Return whether coordinates are inside the limits GEOADD accepts.
     * @param lon the longitude
     * @param lat the latitude
     * @return whether they are valid
     */
    static boolean valid(double lon, double lat) {
        return !(lon < LON_MIN || lon > LON_MAX || lat < LAT_MIN || lat > LAT_MAX);
    }

    /**
     * Encode coordinates at a precision over the given ranges.
     * @param lon the longitude
     * @param lat the latitude
     * @param step bits per coordinate
     * @param latMin the latitude range start
     * @param latMax the latitude range end
     * @return the hash bits, or -1 if the coordinates are outside the limits
     */
    static long encode(double lon, double lat, int step, double latMin, double latMax) {
        if (!valid(lon, lat) || lat < latMin || lat > latMax) {
            return -1;
        }
        double latOffset = (lat - latMin) / (latMax - latMin);
        double lonOffset = (lon - LON_MIN) / (LON_MAX - LON_MIN);
        latOffset *= (1L << step);
        lonOffset *= (1L << step);
        return interleave(((long) latOffset) & 0xffffffffL, ((long) lonOffset) & 0xffffffffL);
    }

    /**
     * Encode coordinates as a 52-bit GEOADD score.
     * @param lon the longitude
     * @param lat the latitude
     * @return the score bits
     */
    static long encode52(double lon, double lat) {
        return encode(lon, lat, STEP_MAX, LAT_MIN, LAT_MAX);
    }

    /**
     * Decode a hash into its cell: {latMin, latMax, lonMin, lonMax}.
     * @param bits the hash
     * @param step its precision
     * @return the cell
     */
    static double[] area(long bits, int step) {
        long separated = deinterleave(bits);
        long lat = separated & 0xffffffffL;
        long lon = separated >>> 32;
        double latScale = LAT_MAX - LAT_MIN;
        double lonScale = LON_MAX - LON_MIN;
        double cells = (double) (1L << step);
        return new double[] { LAT_MIN + (lat * 1.0 / cells) * latScale,
                LAT_MIN + (((lat + 1) & 0xffffffffL) * 1.0 / cells) * latScale,
                LON_MIN + (lon * 1.0 / cells) * lonScale,
                LON_MIN + (((lon + 1) & 0xffffffffL) * 1.0 / cells) * lonScale };
    }

    /**
     * Decode a sorted-set score to the centre of its cell, as GEOPOS reports it.
     * @param score the score
     * @return {longitude, latitude}
     */
    static double[] decode(double score) {
        double[] area = area(scoreBits(score), STEP_MAX);
        double lon = Math.max(LON_MIN, Math.min(LON_MAX, (area[2] + area[3]) / 2));
        double lat = Math.max(LAT_MIN, Math.min(LAT_MAX, (area[0] + area[1]) / 2));
        return new double[] { lon, lat };
    }

    /**
     * Convert a score to hash bits as C's {@code (uint64_t)} cast does on x86-64.
     * @param score the score
     * @return the bits
     */
    static long scoreBits(double score) {
        double two63 = 9223372036854775808.0;
        if (score >= two63) {
            double rest = score - two63;
            return ((rest < two63) ? (long) rest : Long.MIN_VALUE) ^ Long.MIN_VALUE;
        }
        return (Double.isNaN(score) || score < -two63) ? Long.MIN_VALUE : (long) score;
    }

    /**
     * Return the standard 11-character base32 geohash of a score (re-encoded over
     * latitude -90..90, the last character always {@code 0}).
     * @param score the score
     * @return the geohash
     */
    static String standard(double score) {
        String alphabet = "0123456789bcdefghjkmnpqrstuvwxyz";
        double[] xy = decode(score);
        long bits = encode(xy[0], xy[1], STEP_MAX, -90, 90);
        StringBuilder text = new StringBuilder(11);
        for (int i = 0; i < 11; i++) {
            int index = (i == 10) ? 0 : (int) ((bits >>> (52 - ((i + 1) * 5))) & 0x1f);
            text.append(alphabet.charAt(index));
        }
        return text.toString();
    }

    /**
     * Move a hash by one cell along longitude ({@code x}) or latitude.
     * @param bits the hash
     * @param step its precision
     * @param dx -1, 0 or 1 along longitude
     * @param dy -1, 0 or 1 along latitude
     * @return the neighbour
     */
    static long move(long bits, int step, int dx, int dy) {
        if (dx != 0) {
            long x = bits & 0xaaaaaaaaaaaaaaaaL;
            long y = bits & 0x5555555555555555L;
            long zz = 0x5555555555555555L >>> (64 - step * 2);
            x = (dx > 0) ? x + (zz + 1) : (x | zz) - (zz + 1);
            x &= (0xaaaaaaaaaaaaaaaaL >>> (64 - step * 2));
            bits = x | y;
        }
        if (dy != 0) {
            long x = bits & 0xaaaaaaaaaaaaaaaaL;
            long y = bits & 0x5555555555555555L;
            long zz = 0xaaaaaaaaaaaaaaaaL >>> (64 - step * 2);
            y = (dy > 0) ? y + (zz + 1) : (y | zz) - (zz + 1);
            y &= (0x5555555555555555L >>> (64 - step * 2));
            bits = x | y;
        }
        return bits;
    }

    /**
     * Return the haversine distance in metres (Redis's shortcut when the longitudes are
     * equal included).
     * @param lon1 the first longitude
     * @param lat1 the first latitude
     * @param lon2 the second longitude
     * @param lat2 the second latitude
     * @return the distance
     */
    static double distance(double lon1, double lat1, double lon2, double lat2) {
        double lon1r = lon1 * D_R;
        double lon2r = lon2 * D_R;
        double v = GeoMath.sin((lon2r - lon1r) / 2);
        if (v == 0.0) {
            return latDistance(lat1, lat2);
        }
        double lat1r = lat1 * D_R;
        double lat2r = lat2 * D_R;
        double u = GeoMath.sin((lat2r - lat1r) / 2);
        double a = u * u + GeoMath.cos(lat1r) * GeoMath.cos(lat2r) * v * v;
        return 2.0 * EARTH_RADIUS * GeoMath.asin(Math.sqrt(a));
    }

    /**
     * Return the distance along a meridian.
     * @param lat1 the first latitude
     * @param lat2 the second latitude
     * @return the distance in metres
     */
    static double latDistance(double lat1, double lat2) {
        return EARTH_RADIUS * Math.abs(lat2 * D_R - lat1 * D_R);
    }

    static double toRadians(double degrees) {
        return degrees * D_R;
    }

    static double toDegrees(double radians) {
        return radians / D_R;
    }

    private static long interleave(long x, long y) {
        long result = 0;
        for (int i = 0; i < 32; i++) {
            result |= ((x >>> i) & 1L) << (2 * i);
            result |= ((y >>> i) & 1L) << (2 * i + 1);
        }
        return result;
    }

    private static long deinterleave(long bits) {
        long x = 0;
        long y = 0;
        for (int i = 0; i < 32; i++) {
            x |= ((bits >>> (2 * i)) & 1L) << i;
            y |= ((bits >>> (2 * i + 1)) & 1L) << i;
        }
        return x | (y << 32);
    }

}
