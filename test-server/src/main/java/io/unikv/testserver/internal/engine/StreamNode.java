package io.unikv.testserver.internal.engine;

/**
 * A node of a stream, as Redis keeps entries in listpacks of at most 100 entries (live or
 * deleted) and about 4096 bytes: its master entry's fields (entries with the same fields
 * are stored compactly), its counters, its size in bytes and the ID of its last entry,
 * deleted or not. Mutable; engine thread only.
 *
 * @author unikv authors
 */
final class StreamNode {

    final byte[][] masterFields;

    final StreamId masterId;

    int live;

    int deleted;

    long bytes;

    StreamId lastId;

    StreamNode(StreamId masterId, byte[][] fields) {
        this.masterId = masterId;
        int count = fields.length / 2;
        this.masterFields = new byte[count][];
        long size = ListpackSize.EMPTY + ListpackSize.ofInteger(1) + ListpackSize.ofInteger(0)
                + ListpackSize.ofInteger(count) + ListpackSize.ofInteger(0);
        for (int i = 0; i < count; i++) {
            this.masterFields[i] = fields[i * 2];
            size += ListpackSize.ofString(fields[i * 2]);
        }
        this.bytes = size;
        this.lastId = masterId;
    }

    private StreamNode(StreamNode other) {
        this.masterFields = other.masterFields;
        this.masterId = other.masterId;
        this.live = other.live;
        this.deleted = other.deleted;
        this.bytes = other.bytes;
        this.lastId = other.lastId;
    }

    StreamNode copy() {
        return new StreamNode(this);
    }

    void add(StreamId id, byte[][] fields) {
        int count = fields.length / 2;
        boolean same = count == this.masterFields.length;
        for (int i = 0; same && i < count; i++) {
            same = java.util.Arrays.equals(this.masterFields[i], fields[i * 2]);
        }
        long size = ListpackSize.ofInteger(same ? 2 : 0) + ListpackSize.ofInteger(id.ms() - this.masterId.ms())
                + ListpackSize.ofInteger(id.seq() - this.masterId.seq());
        if (!same) {
            size += ListpackSize.ofInteger(count);
        }
        for (int i = 0; i < fields.length; i++) {
            if (!same || i % 2 == 1) {
                size += ListpackSize.ofString(fields[i]);
            }
        }
        size += ListpackSize.ofInteger(same ? count + 3 : count * 2 + 4);
        this.bytes += size;
        this.live++;
        this.lastId = id;
    }

}
