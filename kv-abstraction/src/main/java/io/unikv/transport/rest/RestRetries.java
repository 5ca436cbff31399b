package io.unikv.transport.rest;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import io.unikv.KvConnectionException;
import io.unikv.KvException;
import io.unikv.KvTimeoutException;
import io.unikv.KvUnavailableException;
import io.unikv.transport.Request;
import io.unikv.transport.Response;

/**
 * Repeats a failed request with exponential backoff, but only when a repeat cannot apply
 * a write twice: the request was never sent ({@link KvUnavailableException}), or every
 * command in it only reads. Server error replies, authentication failures and refused
 * transactions are never retried. Delays use {@link CompletableFuture#delayedExecutor},
 * never a sleeping thread. Thread-safe.
 *
 * @author unikv authors
 */
final class RestRetries {

    private final Function<Request, CompletableFuture<Response>> attempt;

    private final RestSettings settings;

    RestRetries(Function<Request, CompletableFuture<Response>> attempt, RestSettings settings) {
        this.attempt = attempt;
        this.settings = settings;
    }

    CompletableFuture<Response> send(Request request) {
        return send(request, 0);
    }

    private CompletableFuture<Response> send(Request request, int retries) {
        return this.attempt.apply(request).handle((response, failure) -> {
            if (failure == null) {
                return CompletableFuture.completedFuture(response);
            }
            KvException error = RestFailures.map(failure, request, "", this.settings.timeout());
            if (retries >= this.settings.maxRetries() || !isSafeToRetry(error, request)) {
                return CompletableFuture.<Response>failedFuture(error);
            }
            int next = retries + 1;
            return CompletableFuture.runAsync(() -> {
            }, CompletableFuture.delayedExecutor(this.settings.backoffMillis(next), TimeUnit.MILLISECONDS,
                    this.settings.executor()))
                .thenCompose((ignored) -> send(request, next));
        }).thenCompose(Function.identity());
    }

    static boolean isSafeToRetry(KvException error, Request request) {
        if (error instanceof KvUnavailableException) {
            return true;
        }
        boolean outcomeUnknown = error instanceof KvTimeoutException
                || (error instanceof KvConnectionException && !(error instanceof RestProtocolException));
        return outcomeUnknown && request.isReadOnly();
    }

}
