package io.unikv.benchmarks.client;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.unikv.RedisStore;
import io.unikv.codec.KvCodec;
import io.unikv.transport.Transport;
import io.unikv.transport.lettuce.LettuceTransport;
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
 * What observation and a circuit breaker add to a {@code GET} of a 100-byte value through
 * {@link RedisStore} over TCP against one real {@code redis-server}, as the Spring Boot
 * auto-configuration stacks them (see {@link InstrumentationStacks#decorate}).
 * Sample-time mode, so JMH reports p50 and other percentiles.
 *
 * <pre>
 * java -jar benchmarks/target/unikv-benchmarks.jar InstrumentationOverheadBenchmark
 * </pre>
 *
 * @author unikv authors
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class InstrumentationOverheadBenchmark {

    @Param({ "plain", "breaker", "observed", "observed-no-ltt", "instrumented", "unikv-handler" })
    public String stack;

    private RedisServerProcess server;

    private RedisClient client;

    private RedisStore store;

    @Setup(Level.Trial)
    public void start() throws IOException {
        this.server = RedisServerProcess.start();
        this.client = RedisClient.create();
        Transport transport = LettuceTransport.of(this.client, RedisURI.create("127.0.0.1", this.server.port()));
        transport = InstrumentationStacks.decorate(this.stack, transport);
        this.store = RedisStore.builder().transport(transport).codec(KvCodec.string()).build();
        this.store.set("bench:get", "v".repeat(100));
    }

    @TearDown(Level.Trial)
    public void stop() {
        this.store.close();
        this.client.shutdown();
        this.server.close();
    }

    @Benchmark
    public String get() {
        return this.store.get("bench:get");
    }

}
