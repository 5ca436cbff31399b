package io.unikv.transport.rest;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.Executor;

/**
 * The validated configuration of a {@link RestTransport}. Immutable.
 *
 * @param baseUri the endpoint, without a trailing slash
 * @param token the bearer token
 * @param readOnly whether writes are refused on the client side
 * @param timeout the time one HTTP attempt may take
 * @param maxRetries how many times a safe request is repeated after a failure
 * @param initialBackoff the delay before the first retry; doubled for each further one
 * @param autoPipelining whether concurrent single commands are batched
 * @param maxBatchSize the most commands in one auto-pipelined batch
 * @param maxInFlight the most auto-pipelined requests in flight at once
 * @param executor runs the auto-pipeline drains and the retry delays
 * @author unikv authors
 */
record RestSettings(URI baseUri, String token, boolean readOnly, Duration timeout, int maxRetries,
        Duration initialBackoff, boolean autoPipelining, int maxBatchSize, int maxInFlight, Executor executor) {

    /** The longest delay between two retries. */
    static final Duration MAX_BACKOFF = Duration.ofSeconds(2);

    /**
     * Return the delay before retry number {@code attempt} (1 for the first retry).
     * @param attempt the retry number
     * @return the delay in milliseconds
     */
    long backoffMillis(int attempt) {
        long delay = this.initialBackoff.toMillis() << Math.min(attempt - 1, 20);
        return Math.min(delay, MAX_BACKOFF.toMillis());
    }

    /**
     * Return the HTTP version to ask for: HTTP/2 over TLS (negotiated with ALPN, falling
     * back to HTTP/1.1), HTTP/1.1 in clear text where an h2c upgrade would only add
     * headers to every request.
     * @return the version
     */
    HttpClient.Version httpVersion() {
        return "https".equalsIgnoreCase(this.baseUri.getScheme()) ? HttpClient.Version.HTTP_2
                : HttpClient.Version.HTTP_1_1;
    }

}
