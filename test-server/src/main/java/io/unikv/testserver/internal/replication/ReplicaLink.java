package io.unikv.testserver.internal.replication;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import io.unikv.testserver.internal.engine.Engine;
import io.unikv.testserver.internal.engine.ReplicationEntry;
import io.unikv.testserver.internal.engine.ReplicationInfo;
import org.jspecify.annotations.Nullable;

/**
 * The link from the primary to one replica region: entries of the primary's replication
 * log wait here until the region's lag has passed on the engine clock, then the replica
 * engine installs them in order. Reads that carry a sync token can wait for an offset. A
 * partition holds entries back until it heals.
 * <p>
 * {@link #offer} runs on the primary's engine thread; everything else that touches the
 * queue runs on the replica's.
 *
 * @author unikv authors
 */
public final class ReplicaLink implements ReplicationInfo {

    private final RegionSpec region;

    private final Engine replica;

    private final Supplier<InetSocketAddress> primaryAddress;

    private final Supplier<InetSocketAddress> address;

    private final ArrayDeque<Pending> queue = new ArrayDeque<>();

    private final List<Waiter> waiters = new ArrayList<>();

    private volatile boolean partitioned;

    private volatile long appliedOffset;

    /** Primary thread only: due times never go backwards, so entries stay in order. */
    private long lastDue;

    /** Replica thread only: whether a timer will drain the queue. */
    private boolean timerArmed;

    /**
     * Create a link and make the engine a replica fed by it.
     * @param region the region and its lag
     * @param replica the replica's engine
     * @param primaryAddress the primary's RESP address, for {@code ROLE} and {@code INFO}
     * @param address the replica's RESP address, for the primary's {@code ROLE}
     */
    ReplicaLink(RegionSpec region, Engine replica, Supplier<InetSocketAddress> primaryAddress,
            Supplier<InetSocketAddress> address) {
        this.region = region;
        this.replica = replica;
        this.primaryAddress = primaryAddress;
        this.address = address;
        replica.replication(this);
        replica.onTick(this::drain);
    }

    /**
     * Return the region.
     * @return the region
     */
    public RegionSpec region() {
        return this.region;
    }

    /**
     * Return how the primary reports this replica.
     * @return the replica's address, offset and link state
     */
    ReplicationInfo.Replica describe() {
        return new ReplicationInfo.Replica(this.address.get(), this.appliedOffset, !this.partitioned);
    }

    /**
     * Queue an entry of the primary's log. Primary engine thread.
     * @param entry the entry
     */
    void offer(ReplicationEntry entry) {
        long due = Math.max(this.lastDue, entry.createdMillis() + lagMillis());
        this.lastDue = due;
        Pending pending = new Pending(due, entry);
        this.replica.call(() -> {
            this.queue.add(pending);
            drain();
            return null;
        });
    }

    /**
     * Return the primary's offset of the last entry this replica applied. Thread-safe.
     * @return the offset
     */
    public long appliedOffset() {
        return this.appliedOffset;
    }

    /**
     * Complete once the replica has applied an offset, or with {@code false} when a wait
     * in real time runs out first. Thread-safe.
     * @param offset the offset a sync token names
     * @param max the longest wait
     * @return whether the replica caught up in time
     */
    public CompletableFuture<Boolean> awaitOffset(long offset, Duration max) {
        if (this.appliedOffset >= offset) {
            return CompletableFuture.completedFuture(true);
        }
        CompletableFuture<Boolean> caughtUp = new CompletableFuture<>();
        this.replica.call(() -> {
            if (this.appliedOffset >= offset) {
                caughtUp.complete(true);
            }
            else {
                Waiter waiter = new Waiter(offset, caughtUp);
                this.waiters.add(waiter);
                this.replica.schedule(() -> {
                    this.waiters.remove(waiter);
                    caughtUp.complete(false);
                }, max.toMillis());
            }
            return null;
        });
        return caughtUp;
    }

    /**
     * Cut or restore the link: while cut, entries wait and the replica reports its link
     * as down. Thread-safe.
     * @param partitioned whether the link is cut
     */
    public void partition(boolean partitioned) {
        this.partitioned = partitioned;
        if (!partitioned) {
            this.replica.call(() -> {
                drain();
                return null;
            });
        }
    }

    /**
     * Start afresh for a test: drop entries in flight, empty the replica, heal the link,
     * and take the primary's offset as applied. Waits until done.
     * @param primaryOffset the primary's offset after it was flushed
     */
    public void reset(long primaryOffset) {
        this.partitioned = false;
        this.replica.call(() -> {
            this.queue.clear();
            this.replica.flushAll();
            this.replica.resetOffset(primaryOffset);
            this.appliedOffset = primaryOffset;
            this.waiters.forEach((waiter) -> waiter.caughtUp().complete(false));
            this.waiters.clear();
            return null;
        }).join();
    }

    @Override
    public boolean replica() {
        return true;
    }

    @Override
    public @Nullable InetSocketAddress primary() {
        return this.primaryAddress.get();
    }

    @Override
    public boolean linkUp() {
        return !this.partitioned;
    }

    private long lagMillis() {
        long lag = this.region.lag().toMillis();
        long jitter = this.region.jitter().toMillis();
        if (jitter == 0) {
            return lag;
        }
        return Math.max(0, lag + ThreadLocalRandom.current().nextLong(-jitter, jitter + 1));
    }

    /** Apply every entry whose time has come. Replica engine thread. */
    private void drain() {
        if (this.partitioned) {
            return;
        }
        long now = this.replica.now();
        while (!this.queue.isEmpty() && this.queue.peek().due() <= now) {
            ReplicationEntry entry = this.queue.poll().entry();
            this.replica.applyReplicated(entry);
            this.appliedOffset = entry.offset();
        }
        if (!this.queue.isEmpty() && !this.timerArmed) {
            // wake up when the next entry is due (a manual clock also drains on ticks)
            this.timerArmed = true;
            this.replica.schedule(() -> {
                this.timerArmed = false;
                drain();
            }, Math.max(1, this.queue.peek().due() - now));
        }
        if (!this.waiters.isEmpty()) {
            this.waiters.removeIf((waiter) -> {
                if (waiter.offset() <= this.appliedOffset) {
                    waiter.caughtUp().complete(true);
                    return true;
                }
                return false;
            });
        }
    }

    private record Pending(long due, ReplicationEntry entry) {
    }

    private record Waiter(long offset, CompletableFuture<Boolean> caughtUp) {
    }

}
