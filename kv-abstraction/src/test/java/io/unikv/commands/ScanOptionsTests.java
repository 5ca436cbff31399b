package io.unikv.commands;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link ScanOptions} and {@link ScanResult}.
 *
 * @author unikv authors
 */
class ScanOptionsTests {

    @Test
    void optionsRenderInRedisOrder() {
        assertThat(ScanOptions.none().arguments()).isEmpty();
        assertThat(ScanOptions.match("user:*").withCount(100).withType("hash").arguments()).containsExactly("MATCH",
                "user:*", "COUNT", 100L, "TYPE", "hash");
        assertThat(ScanOptions.none().withType("zset").arguments()).containsExactly("TYPE", "zset");
    }

    @Test
    void countMustBePositive() {
        assertThatIllegalArgumentException().isThrownBy(() -> ScanOptions.none().withCount(0));
        assertThatIllegalArgumentException().isThrownBy(() -> new ScanOptions(null, -1, null));
    }

    @Test
    void scanEndsWhenCursorIsZero() {
        assertThat(new ScanResult<>("0", List.of("a")).isFinished()).isTrue();
        assertThat(new ScanResult<>("17", List.of()).isFinished()).isFalse();
    }

}
