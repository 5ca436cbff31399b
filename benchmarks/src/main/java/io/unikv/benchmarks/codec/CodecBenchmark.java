package io.unikv.benchmarks.codec;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.unikv.codec.KvCodec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.json.JsonMapper;

/**
 * What {@link KvCodec} costs over the library it wraps: each unikv benchmark has a
 * reference twin ({@code raw*}) doing the same work with Jackson or the JDK directly, so
 * the ratio is meaningful on a noisy machine.
 *
 * @author unikv authors
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CodecBenchmark {

    /**
     * A typical small cached object.
     *
     * @param id the id
     * @param name the name
     * @param tags some tags
     */
    public record User(long id, String name, List<String> tags) {
    }

    private final JsonMapper mapper = JsonMapper.builder().build();

    private final KvCodec json = KvCodec.json(this.mapper);

    private final KvCodec string = KvCodec.string();

    private final User user = new User(42, "Ada Lovelace", List.of("admin", "math", "engines"));

    private final byte[] userJson = this.mapper.writeValueAsBytes(this.user);

    private final String text = "session:0123456789abcdef0123456789abcdef";

    private final byte[] textBytes = this.text.getBytes(StandardCharsets.UTF_8);

    @Benchmark
    public byte[] jsonEncode() {
        return this.json.encode(this.user);
    }

    @Benchmark
    public byte[] rawJacksonEncode() {
        return this.mapper.writeValueAsBytes(this.user);
    }

    @Benchmark
    public User jsonDecode() {
        return this.json.decode(this.userJson, User.class);
    }

    @Benchmark
    public User rawJacksonDecode() {
        return this.mapper.readValue(this.userJson, User.class);
    }

    @Benchmark
    public byte[] stringEncode() {
        return this.string.encode(this.text);
    }

    @Benchmark
    public byte[] rawStringEncode() {
        return this.text.getBytes(StandardCharsets.UTF_8);
    }

    @Benchmark
    public String stringDecode() {
        return this.string.decode(this.textBytes, String.class);
    }

    @Benchmark
    public String rawStringDecode() {
        return new String(this.textBytes, StandardCharsets.UTF_8);
    }

}
