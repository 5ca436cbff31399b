package io.unikv.testserver.internal.engine;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;

/**
 * Faults injected into client traffic by tests: error replies instead of execution, added
 * latency, and connections dropped after executing a command. Thread-safe; set from test
 * threads, read on the engine and I/O threads.
 *
 * @author unikv authors
 */
public final class Faults {

    private final AtomicInteger failRemaining = new AtomicInteger();

    private final AtomicReference<String> failError = new AtomicReference<>("ERR injected fault");

    private final AtomicInteger dropRemaining = new AtomicInteger();

    private final AtomicLong latencyMillis = new AtomicLong();

    private volatile boolean down;

    /**
     * Answer the next commands with an error reply without executing them.
     * @param count how many commands
     * @param error the full error text
     */
    public void failNext(int count, String error) {
        this.failError.set(error);
        this.failRemaining.set(count);
    }

    /**
     * Execute the next commands, then close their connections before replying.
     * @param count how many commands
     */
    public void dropAfterNext(int count) {
        this.dropRemaining.set(count);
    }

    /**
     * Delay every reply.
     * @param millis the delay, 0 for none
     */
    public void latency(long millis) {
        this.latencyMillis.set(millis);
    }

    /**
     * Return the reply delay.
     * @return milliseconds
     */
    public long latencyMillis() {
        return this.latencyMillis.get();
    }

    /**
     * Take the server down or bring it back: while down, every command closes its
     * connection without being executed.
     * @param down whether it is down
     */
    public void down(boolean down) {
        this.down = down;
    }

    /**
     * Return whether the server is down.
     * @return whether it is down
     */
    public boolean down() {
        return this.down;
    }

    /**
     * Clear every fault.
     */
    public void clear() {
        this.down = false;
        this.failRemaining.set(0);
        this.dropRemaining.set(0);
        this.latencyMillis.set(0);
    }

    @Nullable String takeFailure() {
        return (this.failRemaining.getAndUpdate((n) -> Math.max(0, n - 1)) > 0) ? this.failError.get() : null;
    }

    boolean takeDrop() {
        return this.dropRemaining.getAndUpdate((n) -> Math.max(0, n - 1)) > 0;
    }

}
