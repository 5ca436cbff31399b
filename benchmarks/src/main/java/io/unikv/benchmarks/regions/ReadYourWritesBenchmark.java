package io.unikv.benchmarks.regions;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.unikv.Consistency;
import io.unikv.RedisStore;
import io.unikv.codec.KvCodec;
import io.unikv.testserver.TestServerRegion;
import io.unikv.testserver.UnikvTestServer;
import io.unikv.transport.Transport;
import io.unikv.transport.lettuce.LettuceTransport;
import io.unikv.transport.region.RegionalTransport;
import io.unikv.transport.rest.RestTransport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a read-your-writes read costs over an eventual read when no wait is needed: a
 * store writes a key once, the replica region (150 ms behind) catches up, then every
 * measured call reads the key from the replica region, in {@link Consistency#EVENTUAL}
 * and {@link Consistency#READ_YOUR_WRITES} mode, over REST (the token travels in a header
 * and the replica checks it) and over RESP ({@code ROLE} is pipelined before each read),
 * against the unikv test server's regions in the same run.
 *
 * <pre>
 * java -jar benchmarks/target/unikv-benchmarks.jar ReadYourWritesBenchmark
 * </pre>
 *
 * @author unikv authors
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReadYourWritesBenchmark {

    @Param({ "rest", "resp" })
    public String transport;

    @Param({ "EVENTUAL", "READ_YOUR_WRITES" })
    public Consistency consistency;

    private UnikvTestServer server;

    private RedisClient client;

    private RedisStore store;

    @Setup(Level.Trial)
    public void start() {
        this.server = UnikvTestServer.builder().token("t").regions("primary", "replica:150ms").start();
        this.client = RedisClient.create();
        Transport regional = RegionalTransport.builder()
            .primary("primary", connect(this.server.region("primary")))
            .readRegion("replica", connect(this.server.region("replica")))
            .localRegion("replica")
            .build();
        this.store = RedisStore.builder()
            .transport(regional)
            .codec(KvCodec.string())
            .consistency(this.consistency)
            .build();
        this.store.set("k", "v".repeat(100));
        // poll (with a deadline) until the replica has applied the write, so that no
        // measured read has to wait for it
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (this.server.region("replica").offset() < this.server.writeOffset()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The replica did not catch up within 5 s");
            }
            Thread.onSpinWait();
        }
    }

    private Transport connect(TestServerRegion region) {
        if (this.transport.equals("rest")) {
            return RestTransport.builder().url(region.restUrl()).token("t").autoPipelining(false).build();
        }
        return LettuceTransport.of(this.client,
                RedisURI.builder()
                    .withHost("127.0.0.1")
                    .withPort(region.port())
                    .withPassword("t".toCharArray())
                    .build());
    }

    @TearDown(Level.Trial)
    public void stop() {
        this.store.close();
        this.client.shutdown();
        this.server.close();
    }

    @Benchmark
    public String get() {
        return this.store.get("k");
    }

}
