package io.unikv.testserver.internal.engine;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * A stream value: entries ordered by ID, the stream's counters (last generated ID,
 * largest deleted ID, entries ever added, recorded first ID) and its consumer groups.
 * Entries are grouped into nodes the way Redis groups them into listpacks (at most 100
 * entries, live or deleted, and about 4096 bytes per node), because approximate trimming
 * ({@code ~}) removes whole nodes only and {@code XINFO STREAM} reports the radix tree's
 * size. Empty streams are kept, as in Redis. Mutable; engine thread only.
 *
 * @author unikv authors
 */
public final class StreamValue implements RedisValue {

    /** Redis's default {@code stream-node-max-entries}. */
    static final int NODE_MAX_ENTRIES = 100;

    /** Redis's default {@code stream-node-max-bytes}. */
    static final int NODE_MAX_BYTES = 4096;

    private final TreeMap<StreamId, byte[][]> entries = new TreeMap<>();

    private final TreeMap<StreamId, StreamNode> nodes = new TreeMap<>();

    private final TreeMap<ByteKey, StreamGroup> groups = new TreeMap<>();

    private StreamId lastId = StreamId.MIN;

    private StreamId maxDeletedId = StreamId.MIN;

    private StreamId firstId = StreamId.MIN;

    private long entriesAdded;

    @Override
    public Values type() {
        return Values.STREAM;
    }

    @Override
    public String encoding() {
        return "stream";
    }

    @Override
    public RedisValue copy() {
        StreamValue copy = new StreamValue();
        copy.entries.putAll(this.entries);
        this.nodes.forEach((id, node) -> copy.nodes.put(id, node.copy()));
        this.groups.forEach((name, group) -> copy.groups.put(name, group.copy()));
        copy.lastId = this.lastId;
        copy.maxDeletedId = this.maxDeletedId;
        copy.firstId = this.firstId;
        copy.entriesAdded = this.entriesAdded;
        return copy;
    }

    /**
     * Return the number of entries.
     * @return the length
     */
    public int length() {
        return this.entries.size();
    }

    /**
     * Return the entries, ordered by ID; callers must not modify them.
     * @return the entries (ID to alternating fields and values)
     */
    public NavigableMap<StreamId, byte[][]> entries() {
        return this.entries;
    }

    /**
     * Return the last generated ID.
     * @return the ID
     */
    public StreamId lastId() {
        return this.lastId;
    }

    /**
     * Return the ID of the last entry still in the stream, {@code 0-0} if empty.
     * @return the ID
     */
    public StreamId lastValidId() {
        return this.entries.isEmpty() ? StreamId.MIN : this.entries.lastKey();
    }

    /**
     * Return the largest ID XDEL removed.
     * @return the ID
     */
    public StreamId maxDeletedId() {
        return this.maxDeletedId;
    }

    /**
     * Return the first ID as Redis records it.
     * @return the ID
     */
    public StreamId firstId() {
        return this.firstId;
    }

    /**
     * Return the number of entries ever added.
     * @return the count
     */
    public long entriesAdded() {
        return this.entriesAdded;
    }

    /**
     * Set the counters, for {@code XSETID}.
     * @param last the last generated ID
     * @param added entries ever added, or {@code -1} to keep it
     * @param maxDeleted the largest deleted ID, or {@code 0-0} to keep it
     */
    public void setCounters(StreamId last, long added, StreamId maxDeleted) {
        this.lastId = last;
        if (added != -1) {
            this.entriesAdded = added;
        }
        if (!maxDeleted.isZero()) {
            this.maxDeletedId = maxDeleted;
        }
    }

    /**
     * Append an entry. The caller has checked that the ID is greater than the last one.
     * @param id the ID
     * @param fields alternating fields and values
     */
    public void append(StreamId id, byte[][] fields) {
        Map.Entry<StreamId, StreamNode> tail = this.nodes.lastEntry();
        long incoming = 0;
        for (byte[] field : fields) {
            incoming += field.length;
        }
        StreamNode node = (tail != null) ? tail.getValue() : null;
        if (node != null && (node.bytes + incoming >= NODE_MAX_BYTES || node.live + node.deleted >= NODE_MAX_ENTRIES)) {
            node = null;
        }
        if (node == null) {
            node = new StreamNode(id, fields);
            this.nodes.put(id, node);
        }
        node.add(id, fields);
        this.entries.put(id, fields);
        this.lastId = id;
        this.entriesAdded++;
        if (this.entries.size() == 1) {
            this.firstId = id;
        }
    }

    /**
     * Delete entries by ID, as XDEL does (tracking the largest deleted ID).
     * @param ids the IDs
     * @return how many existed
     */
    public int delete(List<StreamId> ids) {
        int deleted = 0;
        boolean first = false;
        for (StreamId id : ids) {
            if (this.entries.remove(id) == null) {
                continue;
            }
            Map.Entry<StreamId, StreamNode> node = this.nodes.floorEntry(id);
            node.getValue().live--;
            node.getValue().deleted++;
            if (node.getValue().live == 0) {
                this.nodes.remove(node.getKey());
            }
            first |= id.equals(this.firstId);
            if (id.after(this.maxDeletedId)) {
                this.maxDeletedId = id;
            }
            deleted++;
        }
        if (deleted > 0) {
            if (this.entries.isEmpty()) {
                this.firstId = StreamId.MIN;
            }
            else if (first) {
                this.firstId = this.entries.firstKey();
            }
        }
        return deleted;
    }

    /**
     * Trim the stream as Redis does: whole nodes while they can go, then (unless
     * approximate) entries inside the first node that must stay.
     * @param maxLength the length to keep, or {@code -1} to trim by ID
     * @param minId the smallest ID to keep, when trimming by ID
     * @param approximate whether to remove whole nodes only
     * @param limit the most entries to remove, 0 for no limit
     * @return how many entries were removed
     */
    public long trim(long maxLength, StreamId minId, boolean approximate, long limit) {
        boolean byLength = maxLength >= 0;
        long deleted = 0;
        Iterator<Map.Entry<StreamId, StreamNode>> it = this.nodes.entrySet().iterator();
        while (it.hasNext()) {
            if (byLength && this.entries.size() <= maxLength) {
                break;
            }
            Map.Entry<StreamId, StreamNode> current = it.next();
            StreamNode node = current.getValue();
            if (limit != 0 && deleted + node.live > limit) {
                break;
            }
            boolean removeNode = byLength ? this.entries.size() - node.live >= maxLength
                    : node.lastId.compareTo(minId) < 0;
            NavigableMap<StreamId, byte[][]> inNode = nodeEntries(current.getKey());
            if (removeNode) {
                deleted += node.live;
                inNode.clear();
                it.remove();
                continue;
            }
            if (approximate) {
                break;
            }
            Iterator<StreamId> ids = inNode.keySet().iterator();
            while (ids.hasNext()) {
                StreamId id = ids.next();
                if (byLength ? this.entries.size() <= maxLength : id.compareTo(minId) >= 0) {
                    break;
                }
                ids.remove();
                node.live--;
                node.deleted++;
                deleted++;
            }
            break;
        }
        if (deleted > 0) {
            this.firstId = this.entries.isEmpty() ? StreamId.MIN : this.entries.firstKey();
        }
        return deleted;
    }

    private NavigableMap<StreamId, byte[][]> nodeEntries(StreamId master) {
        StreamId next = this.nodes.higherKey(master);
        return (next != null) ? this.entries.subMap(master, true, next, false) : this.entries.tailMap(master, true);
    }

    /**
     * Return the number of nodes (Redis's radix tree keys).
     * @return the count
     */
    public int nodeCount() {
        return this.nodes.size();
    }

    /**
     * Return the number of radix tree nodes Redis would use to index the nodes: the nodes
     * of a compressed trie over the 128-bit big-endian master IDs.
     * @return the count
     */
    public int radixTreeNodes() {
        List<byte[]> keys = new ArrayList<>(this.nodes.size());
        for (StreamId id : this.nodes.keySet()) {
            keys.add(RadixCount.key(id));
        }
        return RadixCount.count(keys);
    }

    /**
     * Return the consumer groups by name, in Redis's order.
     * @return the groups; callers may add and remove
     */
    public NavigableMap<ByteKey, StreamGroup> groups() {
        return this.groups;
    }

    /**
     * Return a consumer group.
     * @param name the name
     * @return the group, or {@code null}
     */
    public @Nullable StreamGroup group(byte[] name) {
        return this.groups.get(ByteKey.of(name));
    }

    /**
     * Redis's estimate of an ID's position in the stream's history (the logical read
     * counter a group reading up to it would have), or {@code -1} when it cannot tell.
     * @param id the ID
     * @return the counter or {@code -1}
     */
    public long estimateEntriesRead(StreamId id) {
        if (this.entriesAdded == 0) {
            return 0;
        }
        if (this.entries.isEmpty() && id.compareTo(this.lastId) <= 0) {
            return this.entriesAdded;
        }
        int toLast = id.compareTo(this.lastId);
        if (toLast == 0) {
            return this.entriesAdded;
        }
        if (toLast > 0) {
            return -1;
        }
        if (this.maxDeletedId.isZero() || this.maxDeletedId.compareTo(this.firstId) < 0) {
            int toFirst = id.compareTo(this.firstId);
            if (toFirst < 0) {
                return this.entriesAdded - this.entries.size();
            }
            if (toFirst == 0) {
                return this.entriesAdded - this.entries.size() + 1;
            }
        }
        return -1;
    }

    /**
     * Return whether deleted entries may lie in a range (Redis's tombstone check).
     * @param start the range start
     * @return whether the range from {@code start} to the end may have tombstones
     */
    public boolean tombstonesFrom(StreamId start) {
        if (this.entries.isEmpty() || this.maxDeletedId.isZero()) {
            return false;
        }
        if (this.firstId.compareTo(this.maxDeletedId) > 0) {
            return false;
        }
        return start.compareTo(this.maxDeletedId) <= 0;
    }

    /**
     * Return a group's lag as {@code XINFO} reports it (it can be negative after
     * {@code XGROUP SETID ... ENTRIESREAD}).
     * @param group the group
     * @return the lag, or {@code null} when unknown
     */
    public @Nullable Long lag(StreamGroup group) {
        if (this.entriesAdded == 0) {
            return 0L;
        }
        if (group.entriesRead() != -1 && !tombstonesFrom(group.lastId())) {
            return this.entriesAdded - group.entriesRead();
        }
        long read = estimateEntriesRead(group.lastId());
        return (read != -1) ? this.entriesAdded - read : null;
    }

    /**
     * Move a group's last delivered ID forward to an entry it delivers, keeping its read
     * counter as Redis does.
     * @param group the group
     * @param id the delivered ID
     */
    public void delivered(StreamGroup group, StreamId id) {
        if (!id.after(group.lastId())) {
            return;
        }
        if (group.entriesRead() != -1 && !tombstonesFrom(id)) {
            group.entriesRead(group.entriesRead() + 1);
        }
        else if (this.entriesAdded != 0) {
            group.entriesRead(estimateEntriesRead(id));
        }
        group.lastId(id);
    }

}
