package io.unikv.commands;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link SetOptions} and {@link GetExOptions}.
 *
 * @author unikv authors
 */
class SetOptionsTests {

    @Test
    void optionsRenderAsSetArguments() {
        assertThat(SetOptions.none().arguments()).isEmpty();
        assertThat(SetOptions.ex(Duration.ofSeconds(30)).nx().arguments()).containsExactly("EX", 30L, "NX");
        assertThat(SetOptions.px(Duration.ofMillis(1500)).xx().arguments()).containsExactly("PX", 1500L, "XX");
        assertThat(SetOptions.exAt(Instant.ofEpochSecond(2_000_000_000L)).arguments()).containsExactly("EXAT",
                2_000_000_000L);
        assertThat(SetOptions.pxAt(Instant.ofEpochMilli(1_700_000_000_123L)).arguments()).containsExactly("PXAT",
                1_700_000_000_123L);
        assertThat(SetOptions.keepTtl().xx().arguments()).containsExactly("KEEPTTL", "XX");
    }

    @Test
    void lastConditionWins() {
        assertThat(SetOptions.none().nx().xx().arguments()).containsExactly("XX");
    }

    @Test
    void invalidExpiriesAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> SetOptions.ex(Duration.ZERO))
            .withMessageContaining("must be positive");
        assertThatIllegalArgumentException().isThrownBy(() -> SetOptions.ex(Duration.ofMillis(1500)))
            .withMessageContaining("use px()");
        assertThatIllegalArgumentException().isThrownBy(() -> SetOptions.px(Duration.ofNanos(10)));
        assertThatIllegalArgumentException().isThrownBy(() -> SetOptions.exAt(Instant.EPOCH));
    }

    @Test
    void getExOptionsReuseSetExpiries() {
        assertThat(GetExOptions.ex(Duration.ofSeconds(5)).arguments()).containsExactly("EX", 5L);
        assertThat(GetExOptions.persist().arguments()).containsExactly("PERSIST");
        assertThatIllegalArgumentException().isThrownBy(() -> GetExOptions.px(Duration.ZERO));
    }

}
