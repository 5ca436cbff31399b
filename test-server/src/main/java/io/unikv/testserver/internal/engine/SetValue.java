package io.unikv.testserver.internal.engine;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.random.RandomGenerator;

import org.jspecify.annotations.Nullable;

/**
 * A set value with Redis 7.0's two encodings: {@code intset} (sorted 64-bit integers,
 * which Redis returns in ascending order) while every member is a canonical integer and
 * there are at most 512 of them, {@code hashtable} from then on (Redis never converts
 * back; its order is arbitrary, ours is an array with swap-removal so random picks are
 * O(1)). Mutable; engine thread only.
 *
 * @author unikv authors
 */
public final class SetValue implements RedisValue {

    /** Redis's default {@code set-max-intset-entries}. */
    public static final int MAX_INTSET_ENTRIES = 512;

    private long @Nullable [] ints;

    private int intCount;

    private @Nullable ArrayList<ByteKey> members;

    private @Nullable HashMap<ByteKey, Integer> positions;

    /**
     * Create an empty set, intset-encoded (Redis's {@code createIntsetObject}: the first
     * non-integer member converts it).
     */
    public SetValue() {
        this.ints = new long[4];
    }

    @Override
    public Values type() {
        return Values.SET;
    }

    @Override
    public String encoding() {
        return (this.ints != null) ? "intset" : "hashtable";
    }

    @Override
    public RedisValue copy() {
        SetValue copy = new SetValue();
        if (this.ints != null) {
            copy.ints = Arrays.copyOf(this.ints, Math.max(4, this.intCount));
            copy.intCount = this.intCount;
        }
        else {
            copy.ints = null;
            copy.members = new ArrayList<>(this.members);
            copy.positions = new HashMap<>(this.positions);
        }
        return copy;
    }

    /**
     * Return whether the set is intset-encoded (iteration is then in ascending numeric
     * order, as in Redis).
     * @return whether it is an intset
     */
    public boolean isIntset() {
        return this.ints != null;
    }

    /**
     * Add a member.
     * @param member the member; not modified afterwards
     * @return whether it was added
     */
    public boolean add(byte[] member) {
        if (this.ints != null) {
            Long value = integer(member);
            if (value == null) {
                toHashtable();
            }
            else {
                int index = Arrays.binarySearch(this.ints, 0, this.intCount, value);
                if (index >= 0) {
                    return false;
                }
                insertInt(-index - 1, value);
                if (this.intCount > MAX_INTSET_ENTRIES) {
                    toHashtable();
                }
                return true;
            }
        }
        ByteKey key = ByteKey.of(member);
        if (this.positions.containsKey(key)) {
            return false;
        }
        this.positions.put(key, this.members.size());
        this.members.add(key);
        return true;
    }

    /**
     * Remove a member.
     * @param member the member
     * @return whether it was there
     */
    public boolean remove(byte[] member) {
        if (this.ints != null) {
            int index = intIndex(member);
            if (index < 0) {
                return false;
            }
            System.arraycopy(this.ints, index + 1, this.ints, index, this.intCount - index - 1);
            this.intCount--;
            return true;
        }
        Integer position = this.positions.remove(ByteKey.of(member));
        if (position == null) {
            return false;
        }
        ByteKey last = this.members.remove(this.members.size() - 1);
        if (position < this.members.size()) {
            this.members.set(position, last);
            this.positions.put(last, position);
        }
        return true;
    }

    /**
     * Return whether a member is in the set.
     * @param member the member
     * @return whether it is
     */
    public boolean contains(byte[] member) {
        if (this.ints != null) {
            return intIndex(member) >= 0;
        }
        return this.positions.containsKey(ByteKey.of(member));
    }

    /**
     * Return the number of members.
     * @return the size
     */
    public int size() {
        return (this.ints != null) ? this.intCount : this.members.size();
    }

    /**
     * Return whether the set has no members (and must be deleted).
     * @return whether it is empty
     */
    public boolean isEmpty() {
        return size() == 0;
    }

    /**
     * Return the members in iteration order (ascending for an intset).
     * @return a snapshot of the members
     */
    public List<byte[]> members() {
        List<byte[]> result = new ArrayList<>(size());
        for (int i = 0; i < size(); i++) {
            result.add(memberAt(i));
        }
        return result;
    }

    /**
     * Return a uniformly chosen member of a non-empty set.
     * @param random the random source
     * @return the member
     */
    public byte[] random(RandomGenerator random) {
        return memberAt(random.nextInt(size()));
    }

    private byte[] memberAt(int index) {
        if (this.ints != null) {
            return Long.toString(this.ints[index]).getBytes(StandardCharsets.US_ASCII);
        }
        return this.members.get(index).bytes();
    }

    private int intIndex(byte[] member) {
        Long value = integer(member);
        return (value != null) ? Arrays.binarySearch(this.ints, 0, this.intCount, value) : -1;
    }

    private void insertInt(int index, long value) {
        if (this.intCount == this.ints.length) {
            this.ints = Arrays.copyOf(this.ints, this.ints.length * 2);
        }
        System.arraycopy(this.ints, index, this.ints, index + 1, this.intCount - index);
        this.ints[index] = value;
        this.intCount++;
    }

    private void toHashtable() {
        this.members = new ArrayList<>(Math.max(16, this.intCount * 2));
        this.positions = new HashMap<>();
        for (int i = 0; i < this.intCount; i++) {
            ByteKey key = ByteKey.of(memberAt(i));
            this.positions.put(key, this.members.size());
            this.members.add(key);
        }
        this.ints = null;
        this.intCount = 0;
    }

    private static @Nullable Long integer(byte[] member) {
        if (member.length == 0 || member.length > 20) {
            return null;
        }
        try {
            return RedisNumbers.parseLong(member);
        }
        catch (NumberFormatException ex) {
            return null;
        }
    }

}
