package io.unikv.benchmarks.client;

import java.util.concurrent.TimeUnit;

import io.unikv.RedisStore;
import io.unikv.codec.KvCodec;
import io.unikv.testserver.UnikvTestServer;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What REST auto-pipelining buys under concurrency: 64 threads share one
 * {@link RedisStore} over {@link RestTransport} and issue blocking {@code GET}s of a
 * 100-byte value against the in-process {@link UnikvTestServer}'s REST front end, with
 * {@link io.unikv.transport.rest.RestTransportBuilder#autoPipelining(boolean)} on (calls
 * in the same instant share one {@code /pipeline} request) and off (one HTTP request per
 * call). The score is total operations per second across the threads.
 * <p>
 * Run it from the repository root:
 *
 * <pre class="code">
 * ./mvnw -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/unikv-benchmarks.jar RestAutoPipeliningBenchmark
 * </pre>
 *
 * @author unikv authors
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(64)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class RestAutoPipeliningBenchmark {

    private static final String KEY = "bench:get";

    @Param({ "true", "false" })
    public boolean autoPipelining;

    private UnikvTestServer server;

    private RestTransport transport;

    private RedisStore store;

    @Setup(Level.Trial)
    public void start() {
        this.server = UnikvTestServer.builder().token("t").start();
        this.transport = RestTransport.builder()
            .url(this.server.restUrl())
            .token("t")
            .autoPipelining(this.autoPipelining)
            .build();
        this.store = RedisStore.builder().transport(this.transport).codec(KvCodec.string()).build();
        this.store.set(KEY, "v".repeat(100));
    }

    @TearDown(Level.Trial)
    public void stop() {
        try {
            this.transport.close();
        }
        finally {
            this.server.close();
        }
    }

    @Benchmark
    public String get() {
        return this.store.get(KEY);
    }

}
