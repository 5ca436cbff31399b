package io.unikv.internal;

import java.util.List;

import io.unikv.commands.ScanResult;
import io.unikv.transport.Reply;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link CollectionConverters}.
 *
 * @author unikv authors
 */
class CollectionConvertersTests {

    @Test
    void setFromArrayOrResp3Set() {
        List<Reply> members = List.of(Reply.Bulk.of("b"), Reply.Bulk.of("a"));
        assertThat(CollectionConverters.set(Converters.string()).apply(new Reply.Array(members))).containsExactly("b",
                "a");
        assertThat(CollectionConverters.set(Converters.string()).apply(new Reply.Set(members))).containsExactly("b",
                "a");
        assertThat(CollectionConverters.set(Converters.string()).apply(Reply.NIL)).isEmpty();
    }

    @Test
    void scan() {
        Reply reply = new Reply.Array(List.of(Reply.Bulk.of("17"), new Reply.Array(List.of(Reply.Bulk.of("m")))));
        ScanResult<String> result = CollectionConverters.scan(Converters.list(Converters.string())).apply(reply);
        assertThat(result.cursor()).isEqualTo("17");
        assertThat(result.items()).containsExactly("m");
        assertThat(result.isFinished()).isFalse();
    }

    @Test
    void optionalInteger() {
        assertThat(CollectionConverters.optionalInteger().apply(new Reply.Int(3))).isEqualTo(3);
        assertThat(CollectionConverters.optionalInteger().apply(Reply.NIL)).isNull();
    }

}
