package io.unikv.internal.commands;

import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import io.unikv.KvServerException;
import io.unikv.RedisBatch;
import io.unikv.RedisStore;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link HyperLogLogCommandsImpl} through a real {@link RedisStore}: the contract every
 * backend meets, run once per backend by the subclasses. The expected counts are what
 * {@code redis-server} 7.0 answers for the same elements.
 *
 * @author unikv authors
 */
abstract class HyperLogLogCommandsImplIntegrationTests extends BackendTestSupport {

    @Test
    void pfaddReportsChanges() {
        assertThat(this.store.pfadd("h", "a", "b", "c")).isTrue();
        assertThat(this.store.pfadd("h", "a")).isFalse();
        assertThat(this.store.pfadd("h", 1, 2)).isTrue();
        assertThat(this.store.pfcount("h")).isEqualTo(5);
        assertThat(this.store.pfadd("empty")).isTrue();
        assertThat(this.store.pfadd("empty")).isFalse();
        assertThat(this.store.pfcount("empty")).isZero();
        assertThat(this.store.pfcount("missing")).isZero();
    }

    @Test
    void countsMatchRedis() {
        Object[] thousand = IntStream.range(0, 1000).mapToObj((i) -> "e" + i).toArray();
        Object[] many = IntStream.range(0, 20000).mapToObj(Integer::toString).toArray();
        this.store.pfadd("{h}a", thousand);
        this.store.pfadd("{h}b", many);
        assertThat(this.store.pfcount("{h}a")).isEqualTo(1008);
        assertThat(this.store.pfcount("{h}b")).isEqualTo(19891);
        assertThat(this.store.pfcount("{h}a", "{h}b", "{h}missing")).isEqualTo(20940);
    }

    @Test
    void pfmergeStoresTheUnion() {
        this.store.pfadd("{h}a", "x", "y");
        this.store.pfadd("{h}b", "y", "z");
        this.store.pfmerge("{h}m", "{h}a", "{h}b", "{h}missing");
        assertThat(this.store.pfcount("{h}m")).isEqualTo(3);
        this.store.pfmerge("{h}m", "{h}a");
        assertThat(this.store.pfcount("{h}m")).isEqualTo(3);
    }

    @Test
    void theStoredStringIsRedisFormat() {
        this.store.pfadd("h", "a");
        byte[] bytes = this.store.get("h", byte[].class);
        assertThat(new String(bytes, 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("HYLL");
        assertThat(bytes[4]).as("sparse encoding").isEqualTo((byte) 1);
    }

    @Test
    void stringsThatAreNoHyperLogLogAreRefused() {
        this.store.set("s", "plain");
        assertThatExceptionOfType(KvServerException.class).isThrownBy(() -> this.store.pfadd("s", "a"))
            .withMessage("WRONGTYPE Key is not a valid HyperLogLog string value.");
        this.store.lpush("l", "a");
        assertThatExceptionOfType(KvServerException.class).isThrownBy(() -> this.store.pfcount("l"))
            .withMessageStartingWith("WRONGTYPE Operation against a key holding the wrong kind of value");
    }

    @Test
    void asyncViewAndPipeline() {
        assertThat(this.store.async().pfadd("h", "a").join()).isTrue();
        RedisBatch batch = this.store.pipeline();
        CompletableFuture<Boolean> added = batch.pfadd("h", "b");
        CompletableFuture<Long> count = batch.pfcount("h");
        batch.exec();
        assertThat(added.join()).isTrue();
        assertThat(count.join()).isEqualTo(2);
    }

    @Test
    void transaction() {
        RedisBatch multi = this.store.multi();
        CompletableFuture<Boolean> added = multi.pfadd("{h}t", "a", "b");
        CompletableFuture<Void> merged = multi.pfmerge("{h}m", "{h}t");
        CompletableFuture<Long> count = multi.pfcount("{h}m");
        multi.exec();
        assertThat(added.join()).isTrue();
        assertThat(merged.join()).isNull();
        assertThat(count.join()).isEqualTo(2);
    }

}
