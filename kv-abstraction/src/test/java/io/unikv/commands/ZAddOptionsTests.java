package io.unikv.commands;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link ZAddOptions}.
 *
 * @author unikv authors
 */
class ZAddOptionsTests {

    @Test
    void noneAddsNoArguments() {
        assertThat(ZAddOptions.none().arguments()).isEmpty();
    }

    @Test
    void eachOptionRendersItsKeyword() {
        assertThat(ZAddOptions.none().nx().arguments()).containsExactly("NX");
        assertThat(ZAddOptions.none().xx().arguments()).containsExactly("XX");
        assertThat(ZAddOptions.none().gt().arguments()).containsExactly("GT");
        assertThat(ZAddOptions.none().lt().arguments()).containsExactly("LT");
        assertThat(ZAddOptions.none().ch().arguments()).containsExactly("CH");
    }

    @Test
    void argumentsFollowRedisOrderWhateverTheCallOrder() {
        assertThat(ZAddOptions.none().ch().gt().xx().arguments()).containsExactly("XX", "GT", "CH");
        assertThat(ZAddOptions.none().lt().ch().xx().arguments()).containsExactly("XX", "LT", "CH");
        assertThat(ZAddOptions.none().ch().nx().arguments()).containsExactly("NX", "CH");
    }

    @Test
    void repeatingAnOptionIsHarmless() {
        assertThat(ZAddOptions.none().gt().gt().xx().xx().ch().ch().arguments()).containsExactly("XX", "GT", "CH");
    }

    @Test
    void nxAndXxAreExclusive() {
        assertThatIllegalArgumentException().isThrownBy(() -> ZAddOptions.none().nx().xx())
            .withMessage("XX and NX options at the same time are not compatible");
        assertThatIllegalArgumentException().isThrownBy(() -> ZAddOptions.none().xx().nx())
            .withMessage("XX and NX options at the same time are not compatible");
    }

    @Test
    void nxCannotBeCombinedWithAScoreCondition() {
        String message = "GT, LT, and/or NX options at the same time are not compatible";
        assertThatIllegalArgumentException().isThrownBy(() -> ZAddOptions.none().nx().gt()).withMessage(message);
        assertThatIllegalArgumentException().isThrownBy(() -> ZAddOptions.none().nx().lt()).withMessage(message);
        assertThatIllegalArgumentException().isThrownBy(() -> ZAddOptions.none().gt().nx()).withMessage(message);
        assertThatIllegalArgumentException().isThrownBy(() -> ZAddOptions.none().lt().nx()).withMessage(message);
    }

    @Test
    void gtAndLtAreExclusive() {
        assertThatIllegalArgumentException().isThrownBy(() -> ZAddOptions.none().gt().lt())
            .withMessageContaining("GT, LT");
        assertThatIllegalArgumentException().isThrownBy(() -> ZAddOptions.none().xx().lt().gt())
            .withMessageContaining("GT, LT");
    }

    @Test
    void optionsAreImmutable() {
        ZAddOptions xx = ZAddOptions.none().xx();
        ZAddOptions both = xx.gt().ch();
        assertThat(xx.arguments()).containsExactly("XX");
        assertThat(both.arguments()).containsExactly("XX", "GT", "CH");
        assertThat(ZAddOptions.none().arguments()).isEmpty();
        assertThat(both).hasToString("ZAddOptions[XX, GT, CH]");
    }

}
