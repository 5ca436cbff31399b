package io.unikv.benchmarks.client;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.DefaultClientResources;
import io.lettuce.core.resource.DefaultEventLoopGroupProvider;
import io.unikv.RedisStore;
import io.unikv.codec.KvCodec;
import io.unikv.transport.lettuce.LettuceTransport;

/**
 * The instrumentation overhead measured so that machine noise cannot favour one stack:
 * every stack of {@link InstrumentationStacks} (plus raw Lettuce as the outside
 * reference) runs against the same {@code redis-server} in the same JVM, over connections
 * that share one Lettuce I/O thread, in short bursts whose order is shuffled every round,
 * so load changes on a shared machine hit all of them alike. Each {@code GET} is timed on
 * its own; the report gives percentiles per stack and the p50 ratio to the plain store.
 *
 * <pre>
 * java -cp benchmarks/target/unikv-benchmarks.jar \
 *     io.unikv.benchmarks.client.InstrumentationOverheadInterleaved [rounds] [burst]
 * </pre>
 *
 * @author unikv authors
 */
public final class InstrumentationOverheadInterleaved {

    private static final String KEY = "bench:get";

    private InstrumentationOverheadInterleaved() {
    }

    /**
     * Run the measurement and print the table.
     * @param args optional rounds (default 400) and burst size (default 100)
     * @throws Exception if the server cannot start
     */
    public static void main(String[] args) throws Exception {
        int rounds = (args.length > 0) ? Integer.parseInt(args[0]) : 400;
        int burst = (args.length > 1) ? Integer.parseInt(args[1]) : 100;
        try (RedisServerProcess server = RedisServerProcess.start()) {
            // one I/O thread for every connection: stacks on different event loop threads
            // were measured under different scheduling (bimodal results on a quiet
            // machine)
            ClientResources clientResources = DefaultClientResources.builder()
                .eventLoopGroupProvider(new DefaultEventLoopGroupProvider(1))
                .build();
            RedisClient client = RedisClient.create(clientResources);
            RedisURI uri = RedisURI.create("127.0.0.1", server.port());
            Map<String, Runnable> stacks = new LinkedHashMap<>();
            List<AutoCloseable> resources = new ArrayList<>();
            for (String stack : InstrumentationStacks.ALL) {
                RedisStore store = RedisStore.builder()
                    .transport(InstrumentationStacks.decorate(stack, LettuceTransport.of(client, uri)))
                    .codec(KvCodec.string())
                    .build();
                resources.add(store);
                stacks.put(stack, () -> store.get(KEY));
            }
            StatefulRedisConnection<String, String> lettuce = client.connect(uri);
            stacks.put("raw-lettuce", () -> lettuce.sync().get(KEY));
            lettuce.sync().set(KEY, "v".repeat(100));
            run(stacks, rounds / 4, burst, new LinkedHashMap<>());
            Map<String, long[]> samples = new LinkedHashMap<>();
            run(stacks, rounds, burst, samples);
            report(samples, rounds, burst);
            lettuce.close();
            for (AutoCloseable resource : resources) {
                resource.close();
            }
            client.shutdown();
            clientResources.shutdown();
        }
    }

    private static void run(Map<String, Runnable> stacks, int rounds, int burst, Map<String, long[]> samples) {
        List<String> order = new ArrayList<>(stacks.keySet());
        Random random = new Random(42);
        stacks.keySet().forEach((name) -> samples.put(name, new long[rounds * burst]));
        for (int round = 0; round < rounds; round++) {
            Collections.shuffle(order, random);
            for (String name : order) {
                Runnable get = stacks.get(name);
                long[] times = samples.get(name);
                for (int i = 0; i < burst; i++) {
                    long start = System.nanoTime();
                    get.run();
                    times[round * burst + i] = System.nanoTime() - start;
                }
            }
        }
    }

    private static void report(Map<String, long[]> samples, int rounds, int burst) {
        System.out.printf(Locale.ROOT, "%d rounds x %d GETs per stack, order shuffled every round%n", rounds, burst);
        System.out.printf(Locale.ROOT, "%-16s %10s %10s %10s %10s %12s%n", "stack", "p50 us", "p90 us", "p99 us",
                "mean us", "p50 / plain");
        double plain = percentile(samples.get("plain"), 0.50);
        for (Map.Entry<String, long[]> entry : samples.entrySet()) {
            long[] times = entry.getValue();
            double p50 = percentile(times, 0.50);
            System.out.printf(Locale.ROOT, "%-16s %10.1f %10.1f %10.1f %10.1f %12.3f%n", entry.getKey(), p50,
                    percentile(times, 0.90), percentile(times, 0.99), Arrays.stream(times).average().orElse(0) / 1000,
                    p50 / plain);
        }
    }

    private static double percentile(long[] times, double quantile) {
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.round(quantile * (sorted.length - 1)))] / 1000.0;
    }

}
