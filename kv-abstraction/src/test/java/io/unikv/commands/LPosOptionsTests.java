package io.unikv.commands;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link LPosOptions}.
 *
 * @author unikv authors
 */
class LPosOptionsTests {

    @Test
    void optionsRenderAsLposArguments() {
        assertThat(LPosOptions.none().arguments()).isEmpty();
        assertThat(LPosOptions.rank(2).arguments()).containsExactly("RANK", 2L);
        assertThat(LPosOptions.rank(-1).withMaxLen(1000).arguments()).containsExactly("RANK", -1L, "MAXLEN", 1000L);
        assertThat(LPosOptions.maxLen(5).withRank(3).arguments()).containsExactly("RANK", 3L, "MAXLEN", 5L);
    }

    @Test
    void defaultsAreLeftOut() {
        assertThat(LPosOptions.maxLen(0).arguments()).isEmpty();
        assertThat(new LPosOptions(0, 7).arguments()).containsExactly("MAXLEN", 7L);
    }

    @Test
    void withersKeepTheOtherValue() {
        LPosOptions options = LPosOptions.rank(4).withMaxLen(10).withRank(-2);
        assertThat(options).isEqualTo(new LPosOptions(-2, 10));
        assertThat(options.withMaxLen(0)).isEqualTo(new LPosOptions(-2, 0));
    }

    @Test
    void rankMustNotBeZero() {
        assertThatIllegalArgumentException().isThrownBy(() -> LPosOptions.rank(0))
            .withMessageContaining("RANK must not be zero");
        assertThatIllegalArgumentException().isThrownBy(() -> LPosOptions.maxLen(3).withRank(0));
    }

    @Test
    void rankMustBeNegatable() {
        assertThatIllegalArgumentException().isThrownBy(() -> LPosOptions.rank(Long.MIN_VALUE))
            .withMessageContaining("RANK is out of range");
        assertThat(LPosOptions.rank(-Long.MAX_VALUE).arguments()).containsExactly("RANK", -Long.MAX_VALUE);
    }

    @Test
    void maxLenMustNotBeNegative() {
        assertThatIllegalArgumentException().isThrownBy(() -> LPosOptions.maxLen(-1))
            .withMessageContaining("MAXLEN must not be negative: -1");
        assertThatIllegalArgumentException().isThrownBy(() -> new LPosOptions(1, -5));
    }

}
