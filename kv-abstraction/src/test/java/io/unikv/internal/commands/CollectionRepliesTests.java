package io.unikv.internal.commands;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.unikv.commands.FieldValue;
import io.unikv.commands.ListPopResult;
import io.unikv.commands.ScanResult;
import io.unikv.transport.Reply;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link CollectionReplies}: every RESP2 and RESP3 shape it accepts.
 *
 * @author unikv authors
 */
class CollectionRepliesTests {

    private static final List<FieldValue<String>> PAIRS = List.of(new FieldValue<>("a", "1"),
            new FieldValue<>("b", "2"));

    @Test
    void fieldValuesFromFlatArray() {
        Reply flat = array(bulk("a"), bulk("1"), bulk("b"), bulk("2"));
        assertThat(CollectionReplies.fieldValues().apply(flat)).isEqualTo(PAIRS);
    }

    @Test
    void fieldValuesFromNestedPairs() {
        Reply nested = array(array(bulk("a"), bulk("1")), array(bulk("b"), bulk("2")));
        assertThat(CollectionReplies.fieldValues().apply(nested)).isEqualTo(PAIRS);
    }

    @Test
    void fieldValuesFromMapAndEmpty() {
        Reply map = new Reply.MapReply(Map.of(bulk("a"), bulk("1")));
        assertThat(CollectionReplies.fieldValues().apply(map)).containsExactly(new FieldValue<>("a", "1"));
        assertThat(CollectionReplies.fieldValues().apply(array())).isEmpty();
        assertThat(CollectionReplies.fieldValues().apply(Reply.NIL)).isEmpty();
    }

    @Test
    void listPopShapes() {
        assertThat(CollectionReplies.listPop().apply(Reply.NIL)).isNull();
        assertThat(CollectionReplies.listPop().apply(array(bulk("k"), bulk("v"))))
            .isEqualTo(new ListPopResult("k", List.of("v")));
        assertThat(CollectionReplies.listPop().apply(array(bulk("k"), array(bulk("v"), bulk("w")))))
            .isEqualTo(new ListPopResult("k", List.of("v", "w")));
        assertThat(CollectionReplies.listPop().apply(new Reply.MapReply(Map.of(bulk("k"), array(bulk("v"))))))
            .isEqualTo(new ListPopResult("k", List.of("v")));
    }

    @Test
    void timeout() {
        assertThat(CollectionReplies.timeout(Duration.ofMillis(1500))).isEqualTo("1.5");
        assertThat(CollectionReplies.timeout(Duration.ofMillis(10))).isEqualTo("0.01");
        assertThat(CollectionReplies.timeout(Duration.ofMinutes(1))).isEqualTo("60");
        assertThat(CollectionReplies.timeout(Duration.ZERO)).isEqualTo("0");
        assertThatIllegalArgumentException().isThrownBy(() -> CollectionReplies.timeout(Duration.ofNanos(-1)));
    }

    private static Reply bulk(String text) {
        return Reply.Bulk.of(text);
    }

    private static Reply array(Reply... elements) {
        return new Reply.Array(List.of(elements));
    }

}
