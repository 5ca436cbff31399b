package io.unikv.benchmarks.client;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.unikv.RedisStore;
import io.unikv.codec.KvCodec;
import io.unikv.spring.observation.DefaultUnikvObservationConvention;
import io.unikv.spring.observation.ObservedTransport;
import io.unikv.spring.resilience.CircuitBreakerTransport;
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
 * auto-configuration stacks them: {@code plain} (no decorators), {@code instrumented}
 * (the region's transport inside a resilience4j {@link CircuitBreakerTransport}, inside
 * an {@link ObservedTransport} on an {@link ObservationRegistry} that feeds a Micrometer
 * timer, as Boot's default meter observation handler does). Sample-time mode, so JMH
 * reports p50 and other percentiles.
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

    @Param({ "plain", "breaker", "observed", "observed-no-ltt", "instrumented" })
    public String stack;

    private RedisServerProcess server;

    private RedisClient client;

    private RedisStore store;

    @Setup(Level.Trial)
    public void start() throws IOException {
        this.server = RedisServerProcess.start();
        this.client = RedisClient.create();
        Transport transport = LettuceTransport.of(this.client, RedisURI.create("127.0.0.1", this.server.port()));
        if (this.stack.equals("instrumented")) {
            ObservationRegistry observations = ObservationRegistry.create();
            observations.observationConfig()
                .observationHandler(new DefaultMeterObservationHandler(new SimpleMeterRegistry()));
            transport = new ObservedTransport(
                    new CircuitBreakerTransport(transport, "primary", CircuitBreaker.ofDefaults("unikv-primary")),
                    observations, new DefaultUnikvObservationConvention(), "primary", "tcp");
        }
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
