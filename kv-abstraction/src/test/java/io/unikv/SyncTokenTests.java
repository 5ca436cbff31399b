package io.unikv;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link SyncToken}.
 *
 * @author unikv authors
 */
class SyncTokenTests {

    @Test
    void tokensCompareByValue() {
        assertThat(SyncToken.of("1:42")).isEqualTo(SyncToken.of("1:42")).hasSameHashCodeAs(SyncToken.of("1:42"));
        assertThat(SyncToken.of("1:42")).isNotEqualTo(SyncToken.of("1:43"));
        assertThat(SyncToken.of("abc").value()).isEqualTo("abc");
    }

    @Test
    void emptyOrHeaderUnsafeValuesAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> SyncToken.of(""));
        assertThatIllegalArgumentException().isThrownBy(() -> SyncToken.of("a b"));
        assertThatIllegalArgumentException().isThrownBy(() -> SyncToken.of("a\r\nX-Evil: 1"));
    }

}
