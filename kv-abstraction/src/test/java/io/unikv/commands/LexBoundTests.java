package io.unikv.commands;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link LexBound}.
 *
 * @author unikv authors
 */
class LexBoundTests {

    @Test
    void inclusiveRendersWithABracket() {
        assertThat(LexBound.inclusive("a").argument()).isEqualTo("[a");
    }

    @Test
    void exclusiveRendersWithAParenthesis() {
        assertThat(LexBound.exclusive("a").argument()).isEqualTo("(a");
    }

    @Test
    void openEndsRenderAsMinusAndPlus() {
        assertThat(LexBound.NEGATIVE_INFINITY.argument()).isEqualTo("-");
        assertThat(LexBound.POSITIVE_INFINITY.argument()).isEqualTo("+");
    }

    @Test
    void valuesAreTakenLiterally() {
        assertThat(LexBound.inclusive("").argument()).isEqualTo("[");
        assertThat(LexBound.inclusive("-").argument()).isEqualTo("[-");
        assertThat(LexBound.exclusive("ü b").argument()).isEqualTo("(ü b");
        assertThat(LexBound.inclusive("-")).isNotEqualTo(LexBound.NEGATIVE_INFINITY);
    }

    @Test
    void boundsAreValues() {
        assertThat(LexBound.inclusive("k")).isEqualTo(LexBound.inclusive("k"))
            .hasSameHashCodeAs(LexBound.inclusive("k"))
            .isNotEqualTo(LexBound.exclusive("k"))
            .hasToString("[k");
    }

}
