package io.unikv;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link KvListResult} and {@link ListOptions}.
 *
 * @author unikv authors
 */
class KvListResultTests {

    @Test
    void incompletePageNeedsACursor() {
        assertThatIllegalArgumentException().isThrownBy(() -> new KvListResult<>(List.of(), false, null))
            .withMessage("An incomplete list page needs a cursor");
    }

    @Test
    void emptyIncompletePageIsAllowed() {
        KvListResult<Object> page = new KvListResult<>(List.of(), false, "c1");
        assertThat(page.keys()).isEmpty();
        assertThat(page.listComplete()).isFalse();
        assertThat(page.cursor()).isEqualTo("c1");
    }

    @Test
    void completePageHasNoCursor() {
        KvListResult<Object> page = new KvListResult<>(List.of(new KvListKey<>("a", null, null)), true, "ignored");
        assertThat(page.cursor()).isNull();
    }

    @Test
    void listOptionsDefaultToWorkersKvLimit() {
        ListOptions options = ListOptions.prefix("user:");
        assertThat(options.limit()).isEqualTo(1000);
        assertThat(options.cursor()).isNull();
        ListOptions next = options.withLimit(10).withCursor("abc");
        assertThat(next).isEqualTo(new ListOptions("user:", 10, "abc"));
        assertThat(ListOptions.all().prefix()).isEmpty();
    }

}
