package io.unikv.internal;

import java.util.List;

import io.unikv.commands.ScoredValue;
import io.unikv.commands.ZPopResult;
import io.unikv.transport.Reply;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests for {@link ScoredConverters}: RESP2 and RESP3 shapes give the same results.
 *
 * @author unikv authors
 */
class ScoredConvertersTests {

    private static Reply bulk(String text) {
        return Reply.Bulk.of(text);
    }

    private static Reply array(Reply... elements) {
        return new Reply.Array(List.of(elements));
    }

    @Test
    void scoreFromDoubleOrBulk() {
        assertThat(ScoredConverters.score().apply(new Reply.Double(1.5))).isEqualTo(1.5);
        assertThat(ScoredConverters.score().apply(bulk("1.5"))).isEqualTo(1.5);
        assertThat(ScoredConverters.score().apply(bulk("-inf"))).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(ScoredConverters.score().apply(bulk("inf"))).isEqualTo(Double.POSITIVE_INFINITY);
        assertThatIllegalStateException().isThrownBy(() -> ScoredConverters.score().apply(Reply.NIL));
    }

    @Test
    void scoredValuesFlatAndPairsAreTheSame() {
        Reply resp2 = array(bulk("a"), bulk("1"), bulk("b"), bulk("2.5"));
        Reply resp3 = array(array(bulk("a"), new Reply.Double(1)), array(bulk("b"), new Reply.Double(2.5)));
        List<ScoredValue<String>> expected = List.of(new ScoredValue<>("a", 1), new ScoredValue<>("b", 2.5));
        assertThat(ScoredConverters.scoredValues(Converters.string()).apply(resp2)).isEqualTo(expected);
        assertThat(ScoredConverters.scoredValues(Converters.string()).apply(resp3)).isEqualTo(expected);
        assertThat(ScoredConverters.scoredValues(Converters.string()).apply(Reply.NIL)).isEmpty();
        assertThat(ScoredConverters.scoredValues(Converters.string()).apply(array())).isEmpty();
    }

    @Test
    void firstScoredValue() {
        assertThat(ScoredConverters.firstScoredValue().apply(array(bulk("a"), new Reply.Double(2))))
            .isEqualTo(new ScoredValue<>("a", 2));
        assertThat(ScoredConverters.firstScoredValue().apply(array())).isNull();
    }

    @Test
    void popResultOfZmpopAndBzpop() {
        Reply zmpop = array(bulk("k"), array(array(bulk("a"), bulk("1")), array(bulk("b"), new Reply.Double(2))));
        assertThat(ScoredConverters.popResult().apply(zmpop))
            .isEqualTo(new ZPopResult("k", List.of(new ScoredValue<>("a", 1), new ScoredValue<>("b", 2))));
        Reply bzpop = array(bulk("k"), bulk("a"), bulk("1"));
        assertThat(ScoredConverters.popResult().apply(bzpop))
            .isEqualTo(new ZPopResult("k", List.of(new ScoredValue<>("a", 1))));
        assertThat(ScoredConverters.popResult().apply(Reply.NIL)).isNull();
    }

}
