package io.unikv.internal.pubsub;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs one subscription's deliveries one at a time, in submission order, on a pool
 * thread, so listeners never run on (and never block) a transport's I/O thread. A task
 * that throws does not stop the ones after it. Thread-safe.
 *
 * @author unikv authors
 */
final class SerialDelivery implements Executor {

    private final Executor pool;

    private final Queue<Runnable> queue = new ConcurrentLinkedQueue<>();

    private final AtomicBoolean draining = new AtomicBoolean();

    SerialDelivery(Executor pool) {
        this.pool = pool;
    }

    @Override
    public void execute(Runnable task) {
        this.queue.add(task);
        schedule();
    }

    private void schedule() {
        if (!this.queue.isEmpty() && this.draining.compareAndSet(false, true)) {
            this.pool.execute(this::drain);
        }
    }

    private void drain() {
        try {
            Runnable task;
            while ((task = this.queue.poll()) != null) {
                try {
                    task.run();
                }
                catch (RuntimeException ex) {
                    // a failing listener must not stop the subscription
                }
            }
        }
        finally {
            this.draining.set(false);
            schedule();
        }
    }

}
