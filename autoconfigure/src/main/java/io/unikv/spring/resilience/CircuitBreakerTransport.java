package io.unikv.spring.resilience;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.unikv.KvConnectionException;
import io.unikv.KvServerException;
import io.unikv.KvTimeoutException;
import io.unikv.KvUnavailableException;
import io.unikv.transport.ForwardingTransport;
import io.unikv.transport.Request;
import io.unikv.transport.Response;
import io.unikv.transport.Transport;
import org.jspecify.annotations.Nullable;

/**
 * A {@link Transport} guarded by one resilience4j {@link CircuitBreaker}: the transport
 * of one region.
 * <p>
 * Contract:
 * <ul>
 * <li>When the breaker does not permit a call (open, forced open, or half open with no
 * permitted calls left) the returned future fails at once with a
 * {@link KvUnavailableException} naming the region, and nothing is sent. A
 * {@link io.unikv.transport.region.RegionalTransport} therefore repeats a read on the
 * next region and fails a write on the primary fast.</li>
 * <li>Otherwise the request is forwarded and its outcome recorded with the breaker's
 * non-blocking API, timed with the breaker's clock: a reply (error replies included) and
 * a {@link KvServerException} are successes, because the region answered;
 * {@link KvUnavailableException}, {@link KvConnectionException} and
 * {@link KvTimeoutException} are failures, subject to the breaker's own
 * record/ignore-exception configuration; any other failure (credentials, limits, codecs)
 * is ignored: it says nothing about the region's health.</li>
 * <li>The outcome is recorded before the returned future completes, so a caller that sees
 * the reply sees the breaker's new state.</li>
 * </ul>
 * Thread-safe, as the breaker is.
 *
 * @author unikv authors
 */
public final class CircuitBreakerTransport extends ForwardingTransport {

    private final String region;

    private final CircuitBreaker circuitBreaker;

    /**
     * Guard a region's transport.
     * @param delegate the region's transport
     * @param region the region's name, for messages
     * @param circuitBreaker the breaker for that region
     */
    public CircuitBreakerTransport(Transport delegate, String region, CircuitBreaker circuitBreaker) {
        super(delegate);
        this.region = region;
        this.circuitBreaker = circuitBreaker;
    }

    /**
     * Return the region's name.
     * @return the region
     */
    public String region() {
        return this.region;
    }

    /**
     * Return the breaker that guards this transport.
     * @return the breaker
     */
    public CircuitBreaker circuitBreaker() {
        return this.circuitBreaker;
    }

    @Override
    public CompletableFuture<Response> send(Request request) {
        if (!this.circuitBreaker.tryAcquirePermission()) {
            return CompletableFuture.failedFuture(notPermitted());
        }
        long start = this.circuitBreaker.getCurrentTimestamp();
        CompletableFuture<Response> sent;
        try {
            sent = delegate().send(request);
        }
        catch (RuntimeException ex) {
            record(start, ex);
            return CompletableFuture.failedFuture(ex);
        }
        return sent.whenComplete((response, failure) -> record(start, failure));
    }

    private void record(long start, @Nullable Throwable failure) {
        long duration = this.circuitBreaker.getCurrentTimestamp() - start;
        TimeUnit unit = this.circuitBreaker.getTimestampUnit();
        Throwable cause = unwrap(failure);
        if (cause == null || cause instanceof KvServerException) {
            this.circuitBreaker.onSuccess(duration, unit);
        }
        else if (cause instanceof KvUnavailableException || cause instanceof KvConnectionException
                || cause instanceof KvTimeoutException) {
            this.circuitBreaker.onError(duration, unit, cause);
        }
        else {
            this.circuitBreaker.releasePermission();
        }
    }

    private static @Nullable Throwable unwrap(@Nullable Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private KvUnavailableException notPermitted() {
        return new KvUnavailableException(
                "Circuit breaker for region " + this.region + " is open (" + this.circuitBreaker.getName() + " is "
                        + this.circuitBreaker.getState() + "); the request was not sent",
                CallNotPermittedException.createCallNotPermittedException(this.circuitBreaker));
    }

}
