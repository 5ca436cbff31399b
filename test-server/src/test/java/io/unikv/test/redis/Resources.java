package io.unikv.test.redis;

import java.util.ArrayDeque;
import java.util.Deque;

import org.jspecify.annotations.Nullable;

/**
 * Things a fixture started, closed in reverse order so that clients go before servers and
 * replicas before their primary. Not thread-safe; fixtures fill it while starting.
 *
 * @author unikv authors
 */
final class Resources implements AutoCloseable {

    private final Deque<AutoCloseable> started = new ArrayDeque<>();

    /**
     * Registers a resource to close later.
     * @param <T> the resource type
     * @param resource the resource
     * @return the same resource
     */
    <T extends AutoCloseable> T add(T resource) {
        this.started.push(resource);
        return resource;
    }

    /**
     * Closes everything after starting failed, keeping the original failure primary.
     * @param failure why starting failed; close failures are added as suppressed
     * @return the given failure, to rethrow
     */
    RuntimeException closeAfter(RuntimeException failure) {
        RuntimeException closeFailure = closeAll();
        if (closeFailure != null) {
            failure.addSuppressed(closeFailure);
        }
        return failure;
    }

    /**
     * Closes every resource, even if some fail.
     * @throws IllegalStateException if any failed to close
     */
    @Override
    public void close() {
        RuntimeException failure = closeAll();
        if (failure != null) {
            throw failure;
        }
    }

    private @Nullable RuntimeException closeAll() {
        IllegalStateException failure = null;
        while (!this.started.isEmpty()) {
            try {
                this.started.pop().close();
            }
            catch (Exception ex) {
                if (failure == null) {
                    failure = new IllegalStateException("Could not stop the real Redis fixture cleanly");
                }
                failure.addSuppressed(ex);
            }
        }
        return failure;
    }

}
