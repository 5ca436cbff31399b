package io.unikv.internal.commands;

import java.util.Arrays;
import java.util.List;

import io.unikv.KvCodecException;
import io.unikv.transport.Reply;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link JsonReplies}: the RESP2, RESP3 and legacy-path shapes of RedisJSON's
 * replies all read into one list per match.
 *
 * @author unikv authors
 */
class JsonRepliesTests {

    private static Reply bulk(String text) {
        return Reply.Bulk.of(text);
    }

    private static Reply array(Reply... items) {
        return new Reply.Array(List.of(items));
    }

    @Test
    void numbersFromRespTwoJsonText() {
        assertThat(JsonReplies.numbers().apply(bulk("[3,null,2.5,-1e3]"))).containsExactly(3L, null, 2.5, -1000.0);
        assertThat(JsonReplies.numbers().apply(bulk("[]"))).isEmpty();
        assertThat(JsonReplies.numbers().apply(bulk("4.5"))).containsExactly(4.5);
        assertThat(JsonReplies.numbers().apply(bulk("-7"))).containsExactly(-7L);
    }

    @Test
    void numbersFromRespThreeArrays() {
        assertThat(JsonReplies.numbers().apply(array(new Reply.Int(3), new Reply.Double(4.2), Reply.NIL)))
            .containsExactly(3L, 4.2, null);
        assertThat(JsonReplies.numbers().apply(Reply.NIL)).isEmpty();
    }

    @Test
    void numbersRefuseText() {
        assertThatExceptionOfType(KvCodecException.class).isThrownBy(() -> JsonReplies.numbers().apply(bulk("x")));
    }

    @Test
    void perMatchWrapsSingleLegacyReplies() {
        assertThat(JsonReplies.perMatch(Reply::asLong).apply(new Reply.Int(5))).containsExactly(5L);
        assertThat(JsonReplies.perMatch(Reply::asLong).apply(Reply.NIL)).containsExactly((Long) null);
        assertThat(JsonReplies.perMatch(Reply::asLong).apply(array(new Reply.Int(1), Reply.NIL))).containsExactly(1L,
                null);
    }

    @Test
    void booleansFromIntegersAndText() {
        assertThat(JsonReplies.booleans().apply(array(new Reply.Int(1), new Reply.Int(0), Reply.NIL)))
            .containsExactly(true, false, null);
        assertThat(JsonReplies.booleans().apply(bulk("false"))).containsExactly(false);
    }

    @Test
    void typesFlattenRespThreeNesting() {
        assertThat(JsonReplies.types().apply(array(array(bulk("integer"), bulk("array"))))).containsExactly("integer",
                "array");
        assertThat(JsonReplies.types().apply(array(bulk("object")))).containsExactly("object");
        assertThat(JsonReplies.types().apply(new Reply.Status("object"))).containsExactly("object");
        assertThat(JsonReplies.types().apply(array(Reply.NIL))).isEmpty();
        assertThat(JsonReplies.types().apply(Reply.NIL)).isEmpty();
    }

    @Test
    void keysPerMatchOrAsOneListForLegacyPaths() {
        Reply perMatch = array(array(bulk("a"), bulk("b")), Reply.NIL);
        assertThat(JsonReplies.keys(true).apply(perMatch)).containsExactly(List.of("a", "b"), null);
        assertThat(JsonReplies.keys(false).apply(array(bulk("a")))).containsExactly(List.of("a"));
        assertThat(JsonReplies.keys(false).apply(Reply.NIL)).containsExactly((List<String>) null);
    }

    @Test
    void quoteEscapesLikeJson() {
        assertThat(JsonReplies.quote("a\"b\\c\n\t\u0001é")).isEqualTo("\"a\\\"b\\\\c\\n\\t\\u0001é\"");
    }

    @Test
    void jsonPathsStartWithTheRoot() {
        assertThat(Arrays.asList("$", "$.a", "$[0]").stream().allMatch(JsonReplies::isJsonPath)).isTrue();
        assertThat(Arrays.asList(".", ".a", "a", "$a").stream().noneMatch(JsonReplies::isJsonPath)).isTrue();
    }

}
