package io.unikv.commands;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link ListPopResult}.
 *
 * @author unikv authors
 */
class ListPopResultTests {

    @Test
    void firstIsTheFirstPoppedElement() {
        ListPopResult result = new ListPopResult("queue:b", List.of("x", "y"));
        assertThat(result.key()).isEqualTo("queue:b");
        assertThat(result.first()).isEqualTo("x");
        assertThat(result.elements()).containsExactly("x", "y");
    }

    @Test
    void elementsAreCopied() {
        List<String> elements = new ArrayList<>(List.of("a"));
        ListPopResult result = new ListPopResult("k", elements);
        elements.add("b");
        assertThat(result.elements()).containsExactly("a");
        assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> result.elements().add("c"));
    }

    @Test
    void nothingPoppedIsNotAResult() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ListPopResult("k", List.of()))
            .withMessageContaining("at least one element");
    }

}
