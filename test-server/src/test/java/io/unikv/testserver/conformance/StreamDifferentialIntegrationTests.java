package io.unikv.testserver.conformance;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.unikv.test.redis.RealRedis;
import io.unikv.test.redis.RedisNode;
import io.unikv.testserver.UnikvTestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random stream workloads sent to a real {@code redis-server} and the test server alike,
 * with every reply compared byte for byte (seeded, so a failure reproduces): appends of
 * varied sizes with sparse IDs, deletes, exact and approximate trims (node boundaries and
 * the radix tree size that {@code XINFO STREAM} reports), and consumer groups (reads,
 * acknowledgements, claims, {@code SETID} with {@code ENTRIESREAD}, lag and read
 * counters). Replies that carry idle times are not sent.
 *
 * @author unikv authors
 */
@RealRedis
class StreamDifferentialIntegrationTests {

    private static final int STEPS = 1500;

    private static UnikvTestServer server;

    @BeforeAll
    static void startServer() {
        server = UnikvTestServer.builder().withoutHttp().start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(longs = { 1, 2, 3 })
    void entriesNodesAndTrimming(long seed, RedisNode redis) throws IOException {
        Random random = new Random(seed);
        run(redis, (step, last) -> {
            double r = random.nextDouble();
            if (r < 0.6) {
                long gap = new long[] { 1, 1, 2, 5000, 1_000_000_000_000L }[random.nextInt(5)];
                String value = "x".repeat(new int[] { 1, 5, 50, 300, 1200 }[random.nextInt(5)]);
                String id = (last[0] += gap) + "-" + random.nextInt(3);
                return (random.nextDouble() < 0.7) ? List.of("XADD", "k", id, "f" + random.nextInt(3), value)
                        : List.of("XADD", "k", id, "f0", Integer.toString(random.nextInt(200_000) - 100_000), "g", "1");
            }
            if (r < 0.75) {
                List<String> command = new ArrayList<>(List.of("XDEL", "k"));
                for (int i = random.nextInt(20); i >= 0; i--) {
                    command.add(randomId(random, last[0]));
                }
                return command;
            }
            if (r < 0.85) {
                List<String> command = new ArrayList<>(List.of("XTRIM", "k", "MAXLEN", random.nextBoolean() ? "~" : "=",
                        Integer.toString(random.nextInt(300))));
                if (command.get(3).equals("~") && random.nextDouble() < 0.3) {
                    command.addAll(List.of("LIMIT", Integer.toString(random.nextInt(250))));
                }
                return command;
            }
            if (r < 0.9) {
                return List.of("XTRIM", "k", "MINID", random.nextBoolean() ? "~" : "=", randomId(random, last[0]));
            }
            return List.of("XINFO", "STREAM", "k");
        });
    }

    @ParameterizedTest
    @ValueSource(longs = { 1, 2, 3 })
    void consumerGroups(long seed, RedisNode redis) throws IOException {
        Random random = new Random(seed);
        run(redis, (step, last) -> {
            if (step == 0) {
                return List.of("XGROUP", "CREATE", "k", "g1", "$", "MKSTREAM");
            }
            String group = "g" + (1 + random.nextInt(2));
            String consumer = "c" + (1 + random.nextInt(3));
            String id = randomId(random, last[0] + 2);
            double r = random.nextDouble();
            if (r < 0.3) {
                return List.of("XADD", "k", (++last[0]) + "-" + random.nextInt(2), "f", Long.toString(last[0]));
            }
            if (r < 0.4) {
                return List.of("XDEL", "k", id, randomId(random, last[0]));
            }
            if (r < 0.5) {
                return List.of("XREADGROUP", "GROUP", group, consumer, "COUNT", Integer.toString(1 + random.nextInt(4)),
                        "STREAMS", "k", ">");
            }
            if (r < 0.55) {
                return List.of("XREADGROUP", "GROUP", group, consumer, "STREAMS", "k", random.nextBoolean() ? "0" : id);
            }
            if (r < 0.62) {
                return List.of("XACK", "k", group, id, randomId(random, last[0]));
            }
            if (r < 0.67) {
                List<String> command = new ArrayList<>(List.of("XCLAIM", "k", group, consumer, "0", id));
                List<List<String>> options = List.of(List.of(), List.of("JUSTID"), List.of("FORCE"),
                        List.of("LASTID", id), List.of("RETRYCOUNT", "3"));
                command.addAll(options.get(random.nextInt(options.size())));
                return command;
            }
            if (r < 0.72) {
                return List.of("XAUTOCLAIM", "k", group, consumer, "0", random.nextBoolean() ? "0" : id, "COUNT",
                        Integer.toString(1 + random.nextInt(5)));
            }
            if (r < 0.76) {
                return random.nextBoolean() ? List.of("XGROUP", "SETID", "k", group, random.nextBoolean() ? "$" : id)
                        : List.of("XGROUP", "SETID", "k", group, id, "ENTRIESREAD",
                                Long.toString(random.nextInt((int) last[0] + 2) - 1));
            }
            if (r < 0.79) {
                return List.of("XGROUP", "CREATE", "k", group, random.nextBoolean() ? "$" : id);
            }
            if (r < 0.81) {
                return List.of("XGROUP", random.nextBoolean() ? "DESTROY" : "DELCONSUMER", "k", group, consumer)
                    .subList(0, 4 + random.nextInt(2));
            }
            if (r < 0.85) {
                return random.nextBoolean() ? List.of("XTRIM", "k", "MAXLEN", Long.toString(random.nextInt(10)))
                        : List.of("XTRIM", "k", "MINID", id);
            }
            if (r < 0.87) {
                return List.of("XSETID", "k", (last[0] + random.nextInt(3)) + "-" + random.nextInt(3));
            }
            if (r < 0.93) {
                return List.of("XINFO", "GROUPS", "k");
            }
            return (r < 0.97) ? List.of("XPENDING", "k", group) : List.of("XINFO", "STREAM", "k");
        });
    }

    private static String randomId(Random random, long last) {
        return random.nextInt((int) Math.min(Integer.MAX_VALUE, last + 1)) + "-" + random.nextInt(3);
    }

    private static void run(RedisNode redis, Workload workload) throws IOException {
        try (RespProbe expected = new RespProbe(redis.host(), redis.port());
                RespProbe actual = new RespProbe(server.host(), server.port())) {
            expected.call("FLUSHALL");
            actual.call("FLUSHALL");
            long[] last = { 0 };
            for (int step = 0; step < STEPS; step++) {
                List<String> command = workload.next(step, last);
                String[] args = command.toArray(String[]::new);
                String want = expected.call(args).text();
                String got = actual.call(args).text();
                assertThat(got).as("step %d: %s", step, String.join(" ", command)).isEqualTo(want);
            }
        }
    }

    @FunctionalInterface
    private interface Workload {

        List<String> next(int step, long[] last);

    }

}
