package io.unikv.testserver.internal.engine;

import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.NavigableSet;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

/**
 * A sorted-set value: a member-to-score map plus the members ordered by score, then by
 * member bytes (unsigned), as Redis orders them. Reports Redis 7.0's encodings:
 * {@code listpack} while it has at most 128 members of at most 64 bytes, {@code skiplist}
 * once either limit is passed (Redis never converts back). Like Redis's listpack, which
 * stores {@code -0} as the integer 0, a listpack-encoded set keeps no negative zero.
 * Adding, removing and finding a member are O(log n); ranks are O(n). Mutable; engine
 * thread only.
 *
 * @author unikv authors
 */
public final class ZSetValue implements RedisValue {

    /** Redis's default {@code zset-max-listpack-entries}. */
    public static final int MAX_LISTPACK_ENTRIES = 128;

    /** Redis's default {@code zset-max-listpack-value}. */
    public static final int MAX_LISTPACK_VALUE = 64;

    /** A search key member that sorts before every member with the same score. */
    private static final ByteKey LOWEST = ByteKey.of(new byte[0]);

    /**
     * A search key member (by identity) that sorts after every member with the same
     * score.
     */
    private static final ByteKey HIGHEST = ByteKey.of(new byte[0]);

    /** Orders entries by score ({@code -0 == 0}), then member. */
    private static final Comparator<Entry> ORDER = (a, b) -> {
        if (a.score < b.score) {
            return -1;
        }
        if (a.score > b.score) {
            return 1;
        }
        if (a.member == HIGHEST || b.member == HIGHEST) {
            return (a.member == b.member) ? 0 : (a.member == HIGHEST) ? 1 : -1;
        }
        return a.member.compareTo(b.member);
    };

    private final HashMap<ByteKey, Double> scores = new HashMap<>();

    private final TreeSet<Entry> order = new TreeSet<>(ORDER);

    private boolean skiplist;

    /**
     * Create an empty listpack-encoded sorted set.
     */
    public ZSetValue() {
    }

    /**
     * Create an empty sorted set with a given encoding, as Redis creates the results of
     * ZRANGESTORE and ZUNIONSTORE-style commands.
     * @param skiplist whether to start skiplist-encoded (a listpack still converts once
     * it grows past the limits)
     * @return the value
     */
    public static ZSetValue withEncoding(boolean skiplist) {
        ZSetValue value = new ZSetValue();
        value.skiplist = skiplist;
        return value;
    }

    @Override
    public Values type() {
        return Values.ZSET;
    }

    @Override
    public String encoding() {
        return this.skiplist ? "skiplist" : "listpack";
    }

    @Override
    public RedisValue copy() {
        ZSetValue copy = new ZSetValue();
        copy.scores.putAll(this.scores);
        copy.order.addAll(this.order);
        copy.skiplist = this.skiplist;
        return copy;
    }

    /**
     * Return whether the set is listpack-encoded.
     * @return whether it is a listpack
     */
    public boolean isListpack() {
        return !this.skiplist;
    }

    /**
     * Return the number of members.
     * @return the size
     */
    public int size() {
        return this.scores.size();
    }

    /**
     * Return whether there are no members.
     * @return whether it is empty
     */
    public boolean isEmpty() {
        return this.scores.isEmpty();
    }

    /**
     * Return a member's score.
     * @param member the member
     * @return the score, or {@code null} if it is not a member
     */
    public @Nullable Double score(ByteKey member) {
        return this.scores.get(member);
    }

    /**
     * Add a member or change its score.
     * @param member the member; its bytes are not modified afterwards
     * @param score the score, not NaN
     * @return whether the member is new
     */
    public boolean put(ByteKey member, double score) {
        Double old = this.scores.get(member);
        if (old == null && !this.skiplist
                && (this.scores.size() + 1 > MAX_LISTPACK_ENTRIES || member.bytes().length > MAX_LISTPACK_VALUE)) {
            this.skiplist = true;
        }
        // listpack stores an integral score as an integer, so -0 becomes 0
        double stored = (!this.skiplist && score == 0) ? 0.0 : score;
        if (old != null) {
            this.order.remove(new Entry(member, old));
        }
        this.scores.put(member, stored);
        this.order.add(new Entry(member, stored));
        return old == null;
    }

    /**
     * Remove a member.
     * @param member the member
     * @return whether it was a member
     */
    public boolean remove(ByteKey member) {
        Double old = this.scores.remove(member);
        if (old == null) {
            return false;
        }
        this.order.remove(new Entry(member, old));
        return true;
    }

    /**
     * Remove and return the lowest or highest entry.
     * @param max whether to take the highest
     * @return the entry, or {@code null} if empty
     */
    public @Nullable Entry poll(boolean max) {
        Entry entry = max ? this.order.pollLast() : this.order.pollFirst();
        if (entry != null) {
            this.scores.remove(entry.member());
        }
        return entry;
    }

    /**
     * Return the 0-based rank of a member in ascending order.
     * @param member the member
     * @return the rank, or -1 if it is not a member
     */
    public int rank(ByteKey member) {
        Double score = this.scores.get(member);
        return (score != null) ? this.order.headSet(new Entry(member, score), false).size() : -1;
    }

    /**
     * Iterate from a rank, ascending or descending.
     * @param rank the 0-based rank in the chosen direction
     * @param reverse whether to iterate from the highest
     * @return the iterator
     */
    public Iterator<Entry> fromRank(long rank, boolean reverse) {
        int size = size();
        if (rank < 0 || rank >= size) {
            return Collections.emptyIterator();
        }
        long position = reverse ? size - 1 - rank : rank;
        // walk to the start from the nearer end
        boolean fromLow = position < size / 2;
        Iterator<Entry> walk = fromLow ? this.order.iterator() : this.order.descendingIterator();
        long steps = fromLow ? position : size - 1 - position;
        Entry start = walk.next();
        for (long i = 0; i < steps; i++) {
            start = walk.next();
        }
        return (reverse ? this.order.headSet(start, true).descendingIterator()
                : this.order.tailSet(start, true).iterator());
    }

    /**
     * Return the entries from a score bound on: ascending from {@code min} up, or
     * descending from {@code max} down.
     * @param bound the score to start at
     * @param exclusive whether entries with exactly that score are left out
     * @param reverse whether to start at the high end and go down
     * @return the entries from the bound on, in the chosen direction
     */
    public NavigableSet<Entry> from(double bound, boolean exclusive, boolean reverse) {
        if (reverse) {
            return this.order.headSet(new Entry(exclusive ? LOWEST : HIGHEST, bound), false).descendingSet();
        }
        return this.order.tailSet(new Entry(exclusive ? HIGHEST : LOWEST, bound), !exclusive);
    }

    /**
     * Return every entry in ascending order (read-only view).
     * @return the entries
     */
    public NavigableSet<Entry> entries() {
        return Collections.unmodifiableNavigableSet(this.order);
    }

    /**
     * A member and its score.
     *
     * @param member the member
     * @param score the score
     */
    public record Entry(ByteKey member, double score) {
    }

}
