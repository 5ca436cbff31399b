package io.unikv.testserver.internal.engine;

import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * A stream consumer group: its last delivered ID, its logical read counter, its pending
 * entries list (PEL) and its consumers, each with its own PEL sharing the group's
 * entries. Mutable; engine thread only.
 *
 * @author unikv authors
 */
public final class StreamGroup {

    private StreamId lastId;

    private long entriesRead;

    private final TreeMap<StreamId, Pending> pel = new TreeMap<>();

    private final TreeMap<ByteKey, Consumer> consumers = new TreeMap<>();

    /**
     * Create a group.
     * @param lastId the last delivered ID
     * @param entriesRead the read counter, {@code -1} if unknown
     */
    public StreamGroup(StreamId lastId, long entriesRead) {
        this.lastId = lastId;
        this.entriesRead = entriesRead;
    }

    StreamGroup copy() {
        StreamGroup copy = new StreamGroup(this.lastId, this.entriesRead);
        Map<Consumer, Consumer> copies = new HashMap<>();
        this.consumers.forEach((name, consumer) -> {
            Consumer twin = new Consumer(consumer.name, consumer.seenTime);
            copies.put(consumer, twin);
            copy.consumers.put(name, twin);
        });
        this.pel.forEach((id, pending) -> {
            Consumer owner = copies.get(pending.consumer);
            Pending twin = new Pending(owner, pending.deliveryTime, pending.deliveryCount);
            copy.pel.put(id, twin);
            owner.pel.put(id, twin);
        });
        return copy;
    }

    /**
     * Return the last delivered ID.
     * @return the ID
     */
    public StreamId lastId() {
        return this.lastId;
    }

    /**
     * Set the last delivered ID.
     * @param id the ID
     */
    public void lastId(StreamId id) {
        this.lastId = id;
    }

    /**
     * Return the logical read counter.
     * @return the counter, {@code -1} if unknown
     */
    public long entriesRead() {
        return this.entriesRead;
    }

    /**
     * Set the logical read counter.
     * @param count the counter, {@code -1} if unknown
     */
    public void entriesRead(long count) {
        this.entriesRead = count;
    }

    /**
     * Return the group's pending entries.
     * @return the PEL; callers must go through {@link #ack}, {@link #assign} to change it
     */
    public NavigableMap<StreamId, Pending> pel() {
        return this.pel;
    }

    /**
     * Return the consumers by name.
     * @return the consumers
     */
    public NavigableMap<ByteKey, Consumer> consumers() {
        return this.consumers;
    }

    /**
     * Return a consumer.
     * @param name the name
     * @return the consumer or {@code null}
     */
    public @Nullable Consumer consumer(byte[] name) {
        return this.consumers.get(ByteKey.of(name));
    }

    /**
     * Return a consumer, creating it if needed, and mark it seen.
     * @param name the name
     * @param now the time
     * @return the consumer
     */
    public Consumer seen(byte[] name, long now) {
        Consumer consumer = this.consumers.computeIfAbsent(ByteKey.of(name), (key) -> new Consumer(name, now));
        consumer.seenTime = now;
        return consumer;
    }

    /**
     * Remove a consumer and its pending entries.
     * @param name the name
     * @return how many entries it had pending, or {@code -1} if there was no such
     * consumer
     */
    public long deleteConsumer(byte[] name) {
        Consumer consumer = this.consumers.remove(ByteKey.of(name));
        if (consumer == null) {
            return -1;
        }
        for (StreamId id : consumer.pel.keySet()) {
            this.pel.remove(id);
        }
        return consumer.pel.size();
    }

    /**
     * Acknowledge an entry.
     * @param id the ID
     * @return whether it was pending
     */
    public boolean ack(StreamId id) {
        Pending pending = this.pel.remove(id);
        if (pending == null) {
            return false;
        }
        if (pending.consumer != null) {
            pending.consumer.pel.remove(id);
        }
        return true;
    }

    /**
     * Make an entry pending for a consumer, creating the PEL entry if needed; its
     * delivery time and count are left to the caller.
     * @param id the ID
     * @param consumer the new owner
     * @return the pending entry
     */
    public Pending assign(StreamId id, Consumer consumer) {
        Pending pending = this.pel.get(id);
        if (pending == null) {
            pending = new Pending(consumer, 0, 0);
            this.pel.put(id, pending);
        }
        else if (pending.consumer != consumer) {
            pending.consumer.pel.remove(id);
            pending.consumer = consumer;
        }
        consumer.pel.put(id, pending);
        return pending;
    }

    /**
     * A consumer: its name, when it was last seen and its pending entries.
     */
    public static final class Consumer {

        private final byte[] name;

        private long seenTime;

        private final TreeMap<StreamId, Pending> pel = new TreeMap<>();

        Consumer(byte[] name, long seenTime) {
            this.name = name;
            this.seenTime = seenTime;
        }

        /**
         * Return the name.
         * @return the name
         */
        public byte[] name() {
            return this.name;
        }

        /**
         * Return when the consumer was last seen, in Unix milliseconds.
         * @return the time
         */
        public long seenTime() {
            return this.seenTime;
        }

        /**
         * Return the consumer's pending entries.
         * @return the PEL
         */
        public NavigableMap<StreamId, Pending> pel() {
            return this.pel;
        }

    }

    /**
     * A pending entry: its owner, when it was last delivered and how many times.
     */
    public static final class Pending {

        private Consumer consumer;

        private long deliveryTime;

        private long deliveryCount;

        Pending(Consumer consumer, long deliveryTime, long deliveryCount) {
            this.consumer = consumer;
            this.deliveryTime = deliveryTime;
            this.deliveryCount = deliveryCount;
        }

        /**
         * Return the owner.
         * @return the consumer
         */
        public Consumer consumer() {
            return this.consumer;
        }

        /**
         * Return the last delivery time in Unix milliseconds.
         * @return the time
         */
        public long deliveryTime() {
            return this.deliveryTime;
        }

        /**
         * Return the number of deliveries.
         * @return the count
         */
        public long deliveryCount() {
            return this.deliveryCount;
        }

        /**
         * Record a delivery.
         * @param time the delivery time
         * @param count the new delivery count
         */
        public void delivered(long time, long count) {
            this.deliveryTime = time;
            this.deliveryCount = count;
        }

    }

}
