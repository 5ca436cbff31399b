package io.unikv.internal.commands;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.unikv.commands.AutoClaimResult;
import io.unikv.commands.StreamConsumerInfo;
import io.unikv.commands.StreamEntry;
import io.unikv.commands.StreamGroupInfo;
import io.unikv.transport.Reply;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link StreamReplies}: RESP2 and RESP3 shapes, nil fields of deleted pending
 * entries, and the fields other Redis versions add or leave out.
 *
 * @author unikv authors
 */
class StreamRepliesTests {

    @Test
    void readRepliesInBothProtocols() {
        Reply entries = array(array(bulk("1-0"), array(bulk("a"), bulk("1"))));
        Reply resp2 = array(array(bulk("s"), entries));
        Map<Reply, Reply> map = new LinkedHashMap<>();
        map.put(bulk("s"), entries);
        Reply resp3 = new Reply.MapReply(map);
        Map<String, List<StreamEntry>> expected = Map.of("s", List.of(new StreamEntry("1-0", Map.of("a", "1"))));
        assertThat(StreamReplies.streams().apply(resp2)).isEqualTo(expected);
        assertThat(StreamReplies.streams().apply(resp3)).isEqualTo(expected);
        assertThat(StreamReplies.streams().apply(Reply.NIL)).isEmpty();
    }

    @Test
    void deletedPendingEntryHasNoFields() {
        assertThat(StreamReplies.entry(array(bulk("1-0"), Reply.NIL))).isEqualTo(new StreamEntry("1-0", Map.of()));
    }

    @Test
    void autoClaimWithAndWithoutDeletedIds() {
        Reply redis7 = array(bulk("0-0"), array(array(bulk("1-0"), array(bulk("a"), bulk("1")))), array(bulk("2-0")));
        assertThat(StreamReplies.autoClaim().apply(redis7))
            .isEqualTo(new AutoClaimResult("0-0", List.of(new StreamEntry("1-0", Map.of("a", "1"))), List.of("2-0")));
        Reply redis62 = array(bulk("3-0"), array(Reply.NIL));
        assertThat(StreamReplies.autoClaim().apply(redis62))
            .isEqualTo(new AutoClaimResult("3-0", List.of(), List.of()));
    }

    @Test
    void infoIgnoresFieldsOfNewerVersions() {
        Reply group = array(bulk("name"), bulk("g"), bulk("consumers"), new Reply.Int(1), bulk("pending"),
                new Reply.Int(0), bulk("last-delivered-id"), bulk("1-0"), bulk("entries-read"), Reply.NIL, bulk("lag"),
                new Reply.Int(-1), bulk("some-future-field"), bulk("x"));
        assertThat(StreamReplies.groups().apply(array(group)))
            .containsExactly(new StreamGroupInfo("g", 1, 0, "1-0", null, -1L));
        Reply consumer = array(bulk("name"), bulk("c"), bulk("pending"), new Reply.Int(2), bulk("idle"),
                new Reply.Int(1500), bulk("inactive"), new Reply.Int(-1));
        assertThat(StreamReplies.consumers().apply(array(consumer)))
            .containsExactly(new StreamConsumerInfo("c", 2, Duration.ofMillis(1500)));
    }

    private static Reply array(Reply... items) {
        return new Reply.Array(List.of(items));
    }

    private static Reply bulk(String text) {
        return Reply.Bulk.of(text);
    }

}
