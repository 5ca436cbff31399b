package io.unikv.transport.rest;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The default executor of a {@link RestTransport}: daemon threads created on demand and
 * ended after a minute idle. Its own pool rather than the common fork-join pool, so that
 * callers blocking common-pool threads on results cannot hold up the drains that would
 * produce them.
 *
 * @author unikv authors
 */
final class RestThreads {

    private static final AtomicInteger COUNT = new AtomicInteger();

    private RestThreads() {
    }

    static ExecutorService newPool() {
        return new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), (task) -> {
            Thread thread = new Thread(task, "unikv-rest-" + COUNT.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

}
