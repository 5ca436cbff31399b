package io.unikv.internal;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import io.unikv.KvException;

/**
 * Waits for futures on behalf of the blocking API and rethrows their failures unwrapped,
 * so sync callers see the same {@link KvException} the async view fails with.
 *
 * @author unikv authors
 */
public final class Futures {

    private Futures() {
    }

    /**
     * Wait for a result.
     * @param <T> the result type
     * @param future the future
     * @return its result
     * @throws KvException what the future failed with
     */
    public static <T> T await(CompletableFuture<T> future) {
        try {
            return future.get();
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new KvException("Interrupted while waiting for a reply", ex);
        }
        catch (ExecutionException | CompletionException ex) {
            throw unwrap(ex.getCause());
        }
        catch (CancellationException ex) {
            throw new KvException("The command was cancelled", ex);
        }
    }

    /**
     * Return the exception to rethrow for a failure.
     * @param failure the failure
     * @return a runtime exception: the failure itself if it is one
     */
    public static RuntimeException unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        return new KvException(String.valueOf(cause.getMessage()), cause);
    }

}
