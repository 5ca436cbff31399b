package io.unikv.testserver.conformance;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.unikv.test.redis.RealRedis;
import io.unikv.test.redis.RedisNode;
import io.unikv.testserver.UnikvTestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Differential tests too large for a conformance script: long seeded sequences of
 * HyperLogLog, bitmap and geo commands sent to a real {@code redis-server} and to the
 * test server, every reply compared byte for byte (HLL strings included, through GET).
 *
 * @author unikv authors
 */
@RealRedis
class BitsDifferentialIntegrationTests {

    private static UnikvTestServer server;

    private RespProbe expected;

    private RespProbe actual;

    private final List<String> mismatches = new ArrayList<>();

    @BeforeAll
    static void startServer() {
        server = UnikvTestServer.builder().withoutHttp().start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @BeforeEach
    void connect(RedisNode redis) throws IOException {
        this.expected = new RespProbe(redis.host(), redis.port());
        this.actual = new RespProbe(server.host(), server.port());
        both("FLUSHALL");
    }

    @AfterEach
    void disconnect() throws IOException {
        this.expected.close();
        this.actual.close();
    }

    @Test
    void hyperLogLogOfAHundredThousandElements() throws IOException {
        for (int start = 0; start < 100_000; start += 500) {
            List<String> args = new ArrayList<>(List.of("PFADD", "big"));
            for (int i = start; i < start + 500; i++) {
                args.add(Integer.toString(i));
            }
            both(args.toArray(String[]::new));
            if (start % 5000 == 0) {
                both("PFCOUNT", "big");
                both("GET", "big");
            }
            if (start < 3000) {
                // one element per call through the sparse encoding and its promotion
                for (int i = 0; i < 20; i++) {
                    both("PFADD", "small", "s" + start + "-" + i);
                }
                both("GET", "small");
            }
        }
        both("PFCOUNT", "big");
        both("GET", "big");
        both("PFCOUNT", "big", "small");
        both("PFMERGE", "merged", "small", "big");
        both("GET", "merged");
        assertThat(this.mismatches).isEmpty();
    }

    @Test
    void randomBitOperations() throws IOException {
        Random random = new Random(1);
        String[] keys = { "k0", "k1", "k2" };
        for (int i = 0; i < 3000; i++) {
            String key = keys[random.nextInt(keys.length)];
            double op = random.nextDouble();
            if (op < 0.2) {
                both("SETBIT", key, Integer.toString(random.nextInt(200)), random.nextBoolean() ? "1" : "0");
            }
            else if (op < 0.35) {
                both("BITCOUNT", key, Integer.toString(random.nextInt(60) - 30),
                        Integer.toString(random.nextInt(60) - 30), random.nextBoolean() ? "BIT" : "BYTE");
            }
            else if (op < 0.5) {
                both("BITPOS", key, random.nextBoolean() ? "1" : "0", Integer.toString(random.nextInt(60) - 30),
                        Integer.toString(random.nextInt(130) - 30), random.nextBoolean() ? "BIT" : "BYTE");
            }
            else if (op < 0.6) {
                both("BITOP", random.nextBoolean() ? "OR" : "XOR", keys[random.nextInt(3)], keys[random.nextInt(3)],
                        keys[random.nextInt(3)]);
            }
            else {
                String type = (random.nextBoolean() ? "i" : "u") + (1 + random.nextInt(63));
                String offset = (random.nextBoolean() ? "#" : "") + random.nextInt(100);
                String overflow = List.of("WRAP", "SAT", "FAIL").get(random.nextInt(3));
                both("BITFIELD", key, "OVERFLOW", overflow, "INCRBY", type, offset,
                        Long.toString(random.nextLong() >> random.nextInt(64)), "GET", type, offset);
            }
            both("GET", key);
        }
        assertThat(this.mismatches).isEmpty();
    }

    @Test
    void randomGeoSearches() throws IOException {
        Random random = new Random(2);
        for (int set = 0; set < 6; set++) {
            String key = "geo" + set;
            double lon = -170 + random.nextDouble() * 340;
            double lat = -80 + random.nextDouble() * 160;
            double spread = List.of(0.01, 0.5, 5.0, 40.0).get(set % 4);
            List<String> add = new ArrayList<>(List.of("GEOADD", key));
            for (int i = 0; i < 200; i++) {
                double x = Math.max(-180, Math.min(180, lon + (random.nextDouble() * 2 - 1) * spread));
                double y = Math.max(-85, Math.min(85, lat + (random.nextDouble() * 2 - 1) * spread));
                if (i % 7 == 6) {
                    // some members share a position: equal distances
                    x = Double.parseDouble(add.get(add.size() - 3));
                    y = Double.parseDouble(add.get(add.size() - 2));
                }
                add.addAll(List.of(Double.toString(x), Double.toString(y), "m" + i));
            }
            both(add.toArray(String[]::new));
            for (int q = 0; q < 80; q++) {
                double radius = spread * 111 * List.of(0.05, 0.3, 1.0, 2.5).get(random.nextInt(4));
                List<String> search = new ArrayList<>(
                        List.of("GEOSEARCH", key, "FROMMEMBER", "m" + random.nextInt(200)));
                if (random.nextBoolean()) {
                    search.addAll(List.of("BYRADIUS", Double.toString(radius), "km"));
                }
                else {
                    search.addAll(List.of("BYBOX", Double.toString(radius * 2), Double.toString(radius), "km"));
                }
                if (random.nextBoolean()) {
                    search.add(random.nextBoolean() ? "ASC" : "DESC");
                }
                if (random.nextBoolean()) {
                    search.addAll(List.of("COUNT", Integer.toString(1 + random.nextInt(60))));
                }
                search.addAll(List.of("WITHDIST", "WITHHASH", "WITHCOORD"));
                both(search.toArray(String[]::new));
            }
        }
        assertThat(this.mismatches).isEmpty();
    }

    private void both(String... args) throws IOException {
        String want = this.expected.call(args).text();
        String got = this.actual.call(args).text();
        if (!want.equals(got) && this.mismatches.size() < 10) {
            this.mismatches.add(abbreviate(String.join(" ", args)) + "\n    redis: " + abbreviate(want)
                    + "\n    unikv: " + abbreviate(got));
        }
    }

    private static String abbreviate(String text) {
        String escaped = text.replace("\r\n", "\\r\\n");
        return (escaped.length() > 300) ? escaped.substring(0, 300) + "..." : escaped;
    }

}
