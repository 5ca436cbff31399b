package io.unikv.commands;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link ZPopResult}.
 *
 * @author unikv authors
 */
class ZPopResultTests {

    @Test
    void firstIsTheFirstPoppedMember() {
        ZPopResult result = new ZPopResult("scores",
                List.of(new ScoredValue<>("ada", 1.0), new ScoredValue<>("bob", 2.5)));
        assertThat(result.key()).isEqualTo("scores");
        assertThat(result.first()).isEqualTo(new ScoredValue<>("ada", 1.0));
    }

    @Test
    void membersAreCopied() {
        List<ScoredValue<String>> members = new ArrayList<>(List.of(new ScoredValue<>("ada", 1.0)));
        ZPopResult result = new ZPopResult("scores", members);
        members.add(new ScoredValue<>("bob", 2.0));
        assertThat(result.members()).containsExactly(new ScoredValue<>("ada", 1.0));
    }

    @Test
    void emptyResultIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ZPopResult("scores", List.of()))
            .withMessageContaining("at least one member");
    }

}
