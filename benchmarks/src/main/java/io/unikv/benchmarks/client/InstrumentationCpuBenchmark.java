package io.unikv.benchmarks.client;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.unikv.RedisStore;
import io.unikv.codec.KvCodec;
import io.unikv.transport.Reply;
import io.unikv.transport.Request;
import io.unikv.transport.Response;
import io.unikv.transport.Transport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The CPU time each decorator stack of {@link InstrumentationStacks} adds to a
 * {@code GET}, without a network: the innermost transport answers at once from memory, so
 * what is measured is the store plus the decorators, and the difference to {@code plain}
 * is what the decorators cost each call wherever the server is.
 *
 * <pre>
 * java -jar benchmarks/target/unikv-benchmarks.jar InstrumentationCpuBenchmark
 * </pre>
 *
 * @author unikv authors
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class InstrumentationCpuBenchmark {

    @Param({ "plain", "breaker", "observed", "observed-no-ltt", "instrumented", "unikv-handler" })
    public String stack;

    private RedisStore store;

    @Setup
    public void start() {
        this.store = RedisStore.builder()
            .transport(InstrumentationStacks.decorate(this.stack, new MemoryTransport()))
            .codec(KvCodec.string())
            .build();
    }

    @Benchmark
    public String get() {
        return this.store.get("bench:get");
    }

    /**
     * Answers every command with the same 100-byte value, at once.
     */
    static final class MemoryTransport implements Transport {

        private static final Response VALUE = new Response(
                List.of(new Reply.Bulk("v".repeat(100).getBytes(StandardCharsets.UTF_8))), null);

        @Override
        public CompletableFuture<Response> send(Request request) {
            return CompletableFuture.completedFuture(VALUE);
        }

        @Override
        public String description() {
            return "tcp redis://127.0.0.1:6379";
        }

        @Override
        public void close() {
        }

    }

}
