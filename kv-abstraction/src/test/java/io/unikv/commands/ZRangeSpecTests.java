package io.unikv.commands;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link ZRangeSpec}.
 *
 * @author unikv authors
 */
class ZRangeSpecTests {

    @Test
    void allIsTheWholeIndexRange() {
        assertThat(ZRangeSpec.all().arguments()).containsExactly(0L, -1L);
        assertThat(ZRangeSpec.all().by()).isEqualTo(ZRangeSpec.By.INDEX);
    }

    @Test
    void indexRangeRendersRanks() {
        assertThat(ZRangeSpec.byIndex(2, -3).arguments()).containsExactly(2L, -3L);
    }

    @Test
    void reversedIndexRangeKeepsItsRanks() {
        ZRangeSpec spec = ZRangeSpec.byIndex(0, 9).reversed();
        assertThat(spec.arguments()).containsExactly(0L, 9L, "REV");
        assertThat(spec.isReversed()).isTrue();
    }

    @Test
    void scoreRangeRendersBoundsAndByScore() {
        ZRangeSpec spec = ZRangeSpec.byScore(ScoreBound.exclusive(1.5), ScoreBound.POSITIVE_INFINITY);
        assertThat(spec.arguments()).containsExactly("(1.5", "+inf", "BYSCORE");
        assertThat(spec.by()).isEqualTo(ZRangeSpec.By.SCORE);
        assertThat(spec.isReversed()).isFalse();
    }

    @Test
    void reversedScoreRangeSendsMaxFirst() {
        ZRangeSpec spec = ZRangeSpec.byScore(ScoreBound.NEGATIVE_INFINITY, ScoreBound.inclusive(10)).reversed();
        assertThat(spec.arguments()).containsExactly("10", "-inf", "BYSCORE", "REV");
    }

    @Test
    void lexRangeRendersBoundsAndByLex() {
        ZRangeSpec spec = ZRangeSpec.byLex(LexBound.inclusive("a"), LexBound.exclusive("b"));
        assertThat(spec.arguments()).containsExactly("[a", "(b", "BYLEX");
        assertThat(spec.by()).isEqualTo(ZRangeSpec.By.LEX);
    }

    @Test
    void reversedLexRangeSendsMaxFirst() {
        ZRangeSpec spec = ZRangeSpec.byLex(LexBound.NEGATIVE_INFINITY, LexBound.POSITIVE_INFINITY).reversed();
        assertThat(spec.arguments()).containsExactly("+", "-", "BYLEX", "REV");
    }

    @Test
    void limitComesLast() {
        ZRangeSpec spec = ZRangeSpec.byScore(ScoreBound.exclusive(1.5), ScoreBound.POSITIVE_INFINITY)
            .limit(0, 20)
            .reversed();
        assertThat(spec.arguments()).containsExactly("+inf", "(1.5", "BYSCORE", "REV", "LIMIT", 0L, 20L);
        assertThat(ZRangeSpec.byLex(LexBound.NEGATIVE_INFINITY, LexBound.inclusive("m"))
            .limit(10, Long.MAX_VALUE)
            .arguments()).containsExactly("-", "[m", "BYLEX", "LIMIT", 10L, Long.MAX_VALUE);
    }

    @Test
    void limitIsRefusedForIndexRanges() {
        assertThatIllegalArgumentException().isThrownBy(() -> ZRangeSpec.byIndex(0, -1).limit(0, 10))
            .withMessageContaining("BYSCORE or BYLEX");
    }

    @Test
    void limitMustNotBeNegative() {
        ZRangeSpec spec = ZRangeSpec.byScore(ScoreBound.NEGATIVE_INFINITY, ScoreBound.POSITIVE_INFINITY);
        assertThatIllegalArgumentException().isThrownBy(() -> spec.limit(-1, 10)).withMessageContaining("offset");
        assertThatIllegalArgumentException().isThrownBy(() -> spec.limit(0, -1))
            .withMessageContaining("count")
            .withMessageContaining("Long.MAX_VALUE");
    }

    @Test
    void specsAreImmutable() {
        ZRangeSpec base = ZRangeSpec.byScore(ScoreBound.inclusive(1), ScoreBound.inclusive(2));
        ZRangeSpec derived = base.reversed().limit(1, 2);
        assertThat(base.arguments()).containsExactly("1", "2", "BYSCORE");
        assertThat(base.isReversed()).isFalse();
        assertThat(derived.arguments()).containsExactly("2", "1", "BYSCORE", "REV", "LIMIT", 1L, 2L);
        assertThat(derived).hasToString("ZRangeSpec[2, 1, BYSCORE, REV, LIMIT, 1, 2]");
    }

}
