package io.unikv.testserver.internal.engine;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link StreamValue}: node boundaries and radix tree sizes as Redis 7.0
 * reports them ({@code XINFO STREAM} of the same commands against redis-server 7.0.15),
 * trimming by whole nodes, counters and deep copies.
 *
 * @author unikv authors
 */
class StreamValueTests {

    @Test
    void nodesHoldAHundredEntries() {
        StreamValue stream = new StreamValue();
        for (int i = 1; i <= 250; i++) {
            stream.append(new StreamId(i, 0), fields("f", Integer.toString(i)));
        }
        assertThat(stream.nodeCount()).isEqualTo(3);
        assertThat(stream.radixTreeNodes()).isEqualTo(8);
    }

    @Test
    void approximateTrimRemovesWholeNodesOnly() {
        StreamValue stream = new StreamValue();
        for (long i = 1; i <= 250; i++) {
            stream.append(new StreamId(i * 1000003, i), fields("f", Long.toString(i)));
        }
        assertThat(stream.radixTreeNodes()).isEqualTo(8);
        assertThat(stream.delete(List.of(new StreamId(101000303, 101)))).isOne();
        assertThat(stream.trim(-1, new StreamId(200000000, 0), true, 10000)).isEqualTo(100);
        assertThat(stream.length()).isEqualTo(149);
        assertThat(stream.nodeCount()).isEqualTo(2);
        assertThat(stream.radixTreeNodes()).isEqualTo(6);
        // exact trimming goes into the first node that must stay
        assertThat(stream.trim(140, StreamId.MIN, false, 0)).isEqualTo(9);
        assertThat(stream.nodeCount()).isEqualTo(2);
        assertThat(stream.firstId()).isEqualTo(stream.entries().firstKey());
    }

    @Test
    void largeEntriesFillANodeBeforeAHundred() {
        StreamValue stream = new StreamValue();
        for (int i = 1; i <= 12; i++) {
            stream.append(new StreamId(i, 0), fields("f", "x".repeat(400)));
        }
        assertThat(stream.nodeCount()).isEqualTo(2);
        assertThat(stream.radixTreeNodes()).isEqualTo(6);
    }

    @Test
    void emptyStreamIsTheHeadNodeOnly() {
        StreamValue stream = new StreamValue();
        stream.append(new StreamId(1, 1), fields("f", "v"));
        assertThat(stream.radixTreeNodes()).isEqualTo(2);
        stream.delete(List.of(new StreamId(1, 1)));
        assertThat(stream.nodeCount()).isZero();
        assertThat(stream.radixTreeNodes()).isOne();
        assertThat(stream.maxDeletedId()).isEqualTo(new StreamId(1, 1));
        assertThat(stream.firstId()).isEqualTo(StreamId.MIN);
        assertThat(stream.entriesAdded()).isOne();
    }

    @Test
    void copyKeepsGroupsAndSharedPendingEntriesIndependent() {
        StreamValue stream = new StreamValue();
        stream.append(new StreamId(1, 0), fields("f", "v"));
        StreamGroup group = new StreamGroup(StreamId.MIN, 0);
        stream.groups().put(ByteKey.of("g"), group);
        StreamGroup.Consumer alice = group.seen(bytes("alice"), 10);
        group.assign(new StreamId(1, 0), alice).delivered(10, 1);
        StreamValue copy = (StreamValue) stream.copy();
        StreamGroup copied = copy.group(bytes("g"));
        assertThat(copied.pel()).containsOnlyKeys(new StreamId(1, 0));
        assertThat(copied.consumer(bytes("alice")).pel().get(new StreamId(1, 0)))
            .isSameAs(copied.pel().get(new StreamId(1, 0)));
        copied.ack(new StreamId(1, 0));
        assertThat(copied.consumer(bytes("alice")).pel()).isEmpty();
        assertThat(group.pel()).hasSize(1);
        assertThat(alice.pel()).hasSize(1);
        copy.append(new StreamId(2, 0), fields("f", "v"));
        assertThat(stream.length()).isOne();
    }

    @Test
    void idsCompareUnsigned() {
        assertThat(StreamId.MAX.compareTo(new StreamId(Long.MAX_VALUE, 0))).isPositive();
        assertThat(StreamId.MAX).hasToString("18446744073709551615-18446744073709551615");
        assertThat(StreamId.MAX.next()).isNull();
        assertThat(StreamId.MIN.previous()).isNull();
        assertThat(new StreamId(1, -1).next()).isEqualTo(new StreamId(2, 0));
        assertThat(new StreamId(2, 0).previous()).isEqualTo(new StreamId(1, -1));
    }

    private static byte[][] fields(String... items) {
        byte[][] result = new byte[items.length][];
        for (int i = 0; i < items.length; i++) {
            result[i] = bytes(items[i]);
        }
        return result;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

}
