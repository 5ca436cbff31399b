package io.unikv.transport.region;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import io.lettuce.core.KillArgs;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.unikv.Consistency;
import io.unikv.RedisStore;
import io.unikv.codec.KvCodec;
import io.unikv.test.redis.RealRedis;
import io.unikv.test.redis.RedisReplication;
import io.unikv.test.redis.RedisTopology;
import io.unikv.testserver.TestServerRegion;
import io.unikv.testserver.UnikvTestServer;
import io.unikv.transport.Transport;
import io.unikv.transport.lettuce.LettuceTransport;
import io.unikv.transport.rest.RestTransport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stale-read experiment of issue 5: write a key, then at once read it from a replica
 * region, 2,000 times, in {@link Consistency#EVENTUAL} and in
 * {@link Consistency#READ_YOUR_WRITES} mode; eventual reads are stale, read-your-writes
 * reads never are. Backends: the test server with a 150 ms replica lag over REST and over
 * RESP, and a real {@code redis-server} primary and replica whose replication link is cut
 * again and again ({@code CLIENT KILL TYPE master} on the replica), so that it lags. The
 * counts are printed; {@code docs/benchmarks.md} has a table of them.
 *
 * @author unikv authors
 */
@RealRedis(topology = RedisTopology.REPLICATION)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaleReadExperimentIntegrationTests {

    private static final int ROUNDS = 2000;

    private static final int CALLERS = 50;

    private UnikvTestServer server;

    private RedisClient client;

    private final ExecutorService callers = Executors.newFixedThreadPool(CALLERS);

    @BeforeAll
    void start() {
        this.server = UnikvTestServer.builder().token("t").regions("us-east-1", "eu-west-1:150ms").start();
        this.client = RedisClient.create();
    }

    @AfterAll
    void stop() {
        this.callers.shutdownNow();
        this.client.shutdown();
        this.server.close();
    }

    @Test
    void overRestAgainstTheTestServer() {
        experiment("test server REST", () -> regional(rest(this.server.primary()), rest(region())));
    }

    @Test
    void overRespAgainstTheTestServer() {
        experiment("test server RESP", () -> regional(tcp(uri(this.server.primary())), tcp(uri(region()))));
    }

    @Test
    void overRespAgainstARealRedisReplicaThatLags(RedisReplication replication) throws Exception {
        AtomicBoolean cutting = new AtomicBoolean(true);
        RedisURI replicaUri = replication.replica().redisUri();
        CompletableFuture<Void> cutter;
        try (StatefulRedisConnection<String, String> admin = this.client.connect(replicaUri)) {
            cutter = CompletableFuture.runAsync(() -> {
                while (cutting.get()) {
                    // the replica reconnects about once a second: it lags most of the
                    // time
                    admin.sync().clientKill(KillArgs.Builder.typeMaster());
                    admin.sync().ping();
                }
            });
            try {
                experiment("real Redis RESP", () -> regional(tcp(replication.primary().redisUri()), tcp(replicaUri)));
            }
            finally {
                cutting.set(false);
                cutter.join();
            }
        }
        replication.awaitReplicated(Duration.ofSeconds(30));
    }

    private void experiment(String backend, Supplier<Transport> transports) {
        int eventual = staleReads(transports.get(), Consistency.EVENTUAL);
        int readYourWrites = staleReads(transports.get(), Consistency.READ_YOUR_WRITES);
        System.out.printf("stale-read experiment, %s: %d rounds, stale reads: eventual %d, read-your-writes %d%n",
                backend, ROUNDS, eventual, readYourWrites);
        assertThat(eventual).as("stale eventual reads").isPositive();
        assertThat(readYourWrites).as("stale read-your-writes reads").isZero();
    }

    private int staleReads(Transport transport, Consistency consistency) {
        String prefix = consistency.name() + ":" + System.nanoTime() + ":";
        AtomicInteger stale = new AtomicInteger();
        try (RedisStore store = RedisStore.builder()
            .transport(transport)
            .codec(KvCodec.string())
            .consistency(consistency)
            .build()) {
            List<CompletableFuture<Void>> rounds = new ArrayList<>();
            for (int caller = 0; caller < CALLERS; caller++) {
                int first = caller;
                rounds.add(CompletableFuture.runAsync(() -> {
                    for (int i = first; i < ROUNDS; i += CALLERS) {
                        String key = prefix + i;
                        store.set(key, "v" + i);
                        if (!("v" + i).equals(store.get(key))) {
                            stale.incrementAndGet();
                        }
                    }
                }, this.callers));
            }
            rounds.forEach(CompletableFuture::join);
        }
        return stale.get();
    }

    private TestServerRegion region() {
        return this.server.region("eu-west-1");
    }

    private static Transport regional(Transport primary, Transport replica) {
        return RegionalTransport.builder()
            .primary("primary", primary)
            .readRegion("replica", replica)
            .localRegion("replica")
            .build();
    }

    private static Transport rest(TestServerRegion region) {
        return RestTransport.builder().url(region.restUrl()).token("t").build();
    }

    private Transport tcp(RedisURI uri) {
        return LettuceTransport.of(this.client, uri);
    }

    private static RedisURI uri(TestServerRegion region) {
        return RedisURI.builder().withHost("127.0.0.1").withPort(region.port()).withPassword("t".toCharArray()).build();
    }

}
