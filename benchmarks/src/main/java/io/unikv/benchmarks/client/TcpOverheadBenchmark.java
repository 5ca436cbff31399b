package io.unikv.benchmarks.client;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.codec.StringCodec;
import io.unikv.RedisAsyncStore;
import io.unikv.RedisStore;
import io.unikv.codec.KvCodec;
import io.unikv.transport.lettuce.LettuceTransport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What {@link RedisStore} over {@link LettuceTransport} costs per operation over raw
 * Lettuce: {@code GET} and {@code SET} of a 100-byte value against the same real
 * {@code redis-server}, started by the trial (a free loopback port, no persistence) and
 * killed after it. Both sides use one {@link RedisClient} (default options, RESP3) and
 * text values ({@link KvCodec#string()} and Lettuce's {@link StringCodec#UTF8}).
 * <ul>
 * <li>{@code sync*}: one blocking call per operation ({@link RedisStore} vs
 * {@link RedisCommands}), a full round trip each.</li>
 * <li>{@code async*}: {@value #BATCH} calls issued without waiting, then all joined
 * ({@link RedisStore#async()} vs {@link RedisAsyncCommands}); the score is per operation,
 * so it measures the client's pipelined cost rather than the latency.</li>
 * </ul>
 * Run it from the repository root (needs {@code redis-server} on the {@code PATH}):
 *
 * <pre class="code">
 * ./mvnw -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/unikv-benchmarks.jar TcpOverheadBenchmark
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
public class TcpOverheadBenchmark {

    /** Calls per async invocation. */
    static final int BATCH = 100;

    private static final String GET_KEY = "bench:get";

    private static final String SET_KEY = "bench:set";

    private static final String VALUE = "v".repeat(100);

    private RedisServerProcess server;

    private RedisClient client;

    private StatefulRedisConnection<String, String> connection;

    private RedisCommands<String, String> lettuce;

    private RedisAsyncCommands<String, String> lettuceAsync;

    private LettuceTransport transport;

    private RedisStore unikv;

    private RedisAsyncStore unikvAsync;

    @Setup(Level.Trial)
    public void start() throws IOException {
        this.server = RedisServerProcess.start();
        RedisURI uri = RedisURI.create("127.0.0.1", this.server.port());
        this.client = RedisClient.create();
        this.connection = this.client.connect(StringCodec.UTF8, uri);
        this.lettuce = this.connection.sync();
        this.lettuceAsync = this.connection.async();
        this.transport = LettuceTransport.of(this.client, uri);
        this.unikv = RedisStore.builder().transport(this.transport).codec(KvCodec.string()).build();
        this.unikvAsync = this.unikv.async();
        this.lettuce.set(GET_KEY, VALUE);
        if (!VALUE.equals(this.unikv.get(GET_KEY))) {
            throw new IllegalStateException("unikv and Lettuce disagree on " + GET_KEY);
        }
    }

    @TearDown(Level.Trial)
    public void stop() {
        try {
            this.transport.close();
            this.connection.close();
            this.client.shutdown();
        }
        finally {
            this.server.close();
        }
    }

    @Benchmark
    public String syncGetUnikv() {
        return this.unikv.get(GET_KEY);
    }

    @Benchmark
    public String syncGetLettuce() {
        return this.lettuce.get(GET_KEY);
    }

    @Benchmark
    public void syncSetUnikv() {
        this.unikv.set(SET_KEY, VALUE);
    }

    @Benchmark
    public String syncSetLettuce() {
        return this.lettuce.set(SET_KEY, VALUE);
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void asyncGetUnikv(Blackhole blackhole) {
        CompletableFuture<?>[] futures = new CompletableFuture<?>[BATCH];
        for (int i = 0; i < BATCH; i++) {
            futures[i] = this.unikvAsync.get(GET_KEY);
        }
        for (CompletableFuture<?> future : futures) {
            blackhole.consume(future.join());
        }
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void asyncGetLettuce(Blackhole blackhole) {
        RedisFuture<?>[] futures = new RedisFuture<?>[BATCH];
        for (int i = 0; i < BATCH; i++) {
            futures[i] = this.lettuceAsync.get(GET_KEY);
        }
        for (RedisFuture<?> future : futures) {
            blackhole.consume(future.toCompletableFuture().join());
        }
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void asyncSetUnikv(Blackhole blackhole) {
        CompletableFuture<?>[] futures = new CompletableFuture<?>[BATCH];
        for (int i = 0; i < BATCH; i++) {
            futures[i] = this.unikvAsync.set(SET_KEY, VALUE);
        }
        for (CompletableFuture<?> future : futures) {
            blackhole.consume(future.join());
        }
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void asyncSetLettuce(Blackhole blackhole) {
        RedisFuture<?>[] futures = new RedisFuture<?>[BATCH];
        for (int i = 0; i < BATCH; i++) {
            futures[i] = this.lettuceAsync.set(SET_KEY, VALUE);
        }
        for (RedisFuture<?> future : futures) {
            blackhole.consume(future.toCompletableFuture().join());
        }
    }

}
