package io.unikv.commands;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link ScoreBound}.
 *
 * @author unikv authors
 */
class ScoreBoundTests {

    @Test
    void inclusiveRendersTheBareNumber() {
        assertThat(ScoreBound.inclusive(1.5).argument()).isEqualTo("1.5");
        assertThat(ScoreBound.inclusive(-0.25).argument()).isEqualTo("-0.25");
        assertThat(ScoreBound.inclusive(1.5).isInclusive()).isTrue();
    }

    @Test
    void exclusiveRendersWithAnOpeningParenthesis() {
        ScoreBound bound = ScoreBound.exclusive(1.5);
        assertThat(bound.argument()).isEqualTo("(1.5");
        assertThat(bound.isInclusive()).isFalse();
        assertThat(bound.value()).isEqualTo(1.5);
    }

    @Test
    void integralScoresHaveNoFraction() {
        assertThat(ScoreBound.inclusive(2).argument()).isEqualTo("2");
        assertThat(ScoreBound.exclusive(-3).argument()).isEqualTo("(-3");
    }

    @Test
    void infinitiesRenderAsRedisWritesThem() {
        assertThat(ScoreBound.NEGATIVE_INFINITY.argument()).isEqualTo("-inf");
        assertThat(ScoreBound.POSITIVE_INFINITY.argument()).isEqualTo("+inf");
        assertThat(ScoreBound.inclusive(Double.POSITIVE_INFINITY)).isEqualTo(ScoreBound.POSITIVE_INFINITY);
        assertThat(ScoreBound.exclusive(Double.POSITIVE_INFINITY).argument()).isEqualTo("(+inf");
        assertThat(ScoreBound.exclusive(Double.NEGATIVE_INFINITY).argument()).isEqualTo("(-inf");
    }

    @Test
    void nanIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> ScoreBound.inclusive(Double.NaN))
            .withMessageContaining("NaN");
        assertThatIllegalArgumentException().isThrownBy(() -> ScoreBound.exclusive(Double.NaN));
    }

    @Test
    void boundsAreValues() {
        assertThat(ScoreBound.exclusive(2)).isEqualTo(ScoreBound.exclusive(2.0))
            .hasSameHashCodeAs(ScoreBound.exclusive(2.0))
            .isNotEqualTo(ScoreBound.inclusive(2))
            .hasToString("(2");
    }

}
