package io.unikv.testserver.internal.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A list value: a ring buffer with O(1) push and pop at both ends and O(1) access by
 * index, so a list grown to hundreds of thousands of elements by {@code LPUSH} stays
 * fast. Elements are never modified in place. Indexes are 0-based from the head and
 * already range-checked by callers. Redis 7.0 keeps every list in a quicklist (the
 * {@code listpack} encoding for small lists arrived in 7.2), so {@link #encoding()} is
 * always {@code quicklist}.
 *
 * @author unikv authors
 */
public final class ListValue implements RedisValue {

    private static final int MIN_CAPACITY = 8;

    private static final AtomicLong CREATIONS = new AtomicLong();

    private final long creation = CREATIONS.incrementAndGet();

    private byte[][] items;

    private int head;

    private int size;

    /**
     * Create an empty list.
     */
    public ListValue() {
        this.items = new byte[MIN_CAPACITY][];
    }

    private ListValue(byte[][] items, int size) {
        this.items = items;
        this.size = size;
    }

    @Override
    public Values type() {
        return Values.LIST;
    }

    @Override
    public String encoding() {
        return "quicklist";
    }

    @Override
    public RedisValue copy() {
        return new ListValue(toArray(Math.max(MIN_CAPACITY, this.items.length)), this.size);
    }

    /**
     * Return when this list was created, relative to other lists: Redis wakes a client
     * blocked on several keys with the list that was created first (the first key to
     * become ready), not the first in argument order.
     * @return a number that grows with every list created
     */
    public long creation() {
        return this.creation;
    }

    /**
     * Return the number of elements.
     * @return the size
     */
    public int size() {
        return this.size;
    }

    /**
     * Return whether the list has no elements (and its key must be deleted).
     * @return whether it is empty
     */
    public boolean isEmpty() {
        return this.size == 0;
    }

    /**
     * Return an element.
     * @param index 0 to {@code size() - 1}
     * @return the element
     */
    public byte[] get(int index) {
        return this.items[slot(index)];
    }

    /**
     * Replace an element.
     * @param index 0 to {@code size() - 1}
     * @param element the new element
     */
    public void set(int index, byte[] element) {
        this.items[slot(index)] = element;
    }

    /**
     * Add an element at the head.
     * @param element the element
     */
    public void addFirst(byte[] element) {
        grow();
        this.head = (this.head - 1) & (this.items.length - 1);
        this.items[this.head] = element;
        this.size++;
    }

    /**
     * Add an element at the tail.
     * @param element the element
     */
    public void addLast(byte[] element) {
        grow();
        this.items[slot(this.size)] = element;
        this.size++;
    }

    /**
     * Add an element at either end.
     * @param element the element
     * @param head whether to add at the head
     */
    public void add(byte[] element, boolean head) {
        if (head) {
            addFirst(element);
        }
        else {
            addLast(element);
        }
    }

    /**
     * Remove and return an element from either end.
     * @param head whether to remove from the head
     * @return the element; the list must not be empty
     */
    public byte[] remove(boolean head) {
        int slot = head ? this.head : slot(this.size - 1);
        byte[] element = this.items[slot];
        this.items[slot] = null;
        if (head) {
            this.head = (this.head + 1) & (this.items.length - 1);
        }
        this.size--;
        shrink();
        return element;
    }

    /**
     * Remove and return up to {@code count} elements from either end, in removal order.
     * @param head whether to remove from the head
     * @param count the maximum number to remove
     * @return the elements
     */
    public List<byte[]> remove(boolean head, long count) {
        int n = (int) Math.min(count, this.size);
        List<byte[]> removed = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            removed.add(remove(head));
        }
        return removed;
    }

    /**
     * Insert an element before the element at an index; O(n).
     * @param index 0 to {@code size()} (the latter appends)
     * @param element the element
     */
    public void insert(int index, byte[] element) {
        byte[][] array = toArray(this.size + 1);
        System.arraycopy(array, index, array, index + 1, this.size - index);
        array[index] = element;
        replaceAll(array, this.size + 1);
    }

    /**
     * Return the elements from {@code start} to {@code end}, both inclusive.
     * @param start the first index
     * @param end the last index
     * @return the elements
     */
    public List<byte[]> range(int start, int end) {
        List<byte[]> range = new ArrayList<>(Math.max(0, end - start + 1));
        for (int i = start; i <= end; i++) {
            range.add(get(i));
        }
        return range;
    }

    /**
     * Keep only the elements from {@code start} to {@code end}, both inclusive; an empty
     * range ({@code start > end}) empties the list.
     * @param start the first index to keep
     * @param end the last index to keep
     */
    public void retain(int start, int end) {
        if (start > end) {
            replaceAll(new byte[MIN_CAPACITY][], 0);
            return;
        }
        int keep = end - start + 1;
        byte[][] array = new byte[capacityFor(keep)][];
        for (int i = 0; i < keep; i++) {
            array[i] = get(start + i);
        }
        replaceAll(array, keep);
    }

    /**
     * Remove elements equal to {@code element}, as {@code LREM} does.
     * @param element the element to remove
     * @param limit the most to remove, 0 for all
     * @param fromTail whether to scan from the tail
     * @return how many were removed
     */
    public int removeEqual(byte[] element, long limit, boolean fromTail) {
        boolean[] drop = new boolean[this.size];
        int removed = 0;
        for (int n = 0; n < this.size && (limit == 0 || removed < limit); n++) {
            int index = fromTail ? this.size - 1 - n : n;
            if (Arrays.equals(get(index), element)) {
                drop[index] = true;
                removed++;
            }
        }
        if (removed > 0) {
            int kept = this.size - removed;
            byte[][] array = new byte[capacityFor(kept)][];
            int j = 0;
            for (int i = 0; i < this.size; i++) {
                if (!drop[i]) {
                    array[j++] = get(i);
                }
            }
            replaceAll(array, kept);
        }
        return removed;
    }

    /**
     * Return the index of the first element equal to {@code element}.
     * @param element the element
     * @return the index, or {@code -1}
     */
    public int indexOf(byte[] element) {
        for (int i = 0; i < this.size; i++) {
            if (Arrays.equals(get(i), element)) {
                return i;
            }
        }
        return -1;
    }

    private int slot(int index) {
        return (this.head + index) & (this.items.length - 1);
    }

    private void grow() {
        if (this.size == this.items.length) {
            replaceAll(toArray(this.items.length * 2), this.size);
        }
    }

    private void shrink() {
        // Give memory back after a big list drains, without thrashing near the boundary.
        if (this.items.length > MIN_CAPACITY && this.size < this.items.length / 4) {
            replaceAll(toArray(this.items.length / 2), this.size);
        }
    }

    private byte[][] toArray(int capacity) {
        byte[][] array = new byte[capacityFor(capacity)][];
        int first = Math.min(this.size, this.items.length - this.head);
        System.arraycopy(this.items, this.head, array, 0, first);
        System.arraycopy(this.items, 0, array, first, this.size - first);
        return array;
    }

    private void replaceAll(byte[][] array, int size) {
        this.items = array;
        this.head = 0;
        this.size = size;
    }

    private static int capacityFor(int size) {
        int capacity = MIN_CAPACITY;
        while (capacity < size) {
            capacity <<= 1;
        }
        return capacity;
    }

}
