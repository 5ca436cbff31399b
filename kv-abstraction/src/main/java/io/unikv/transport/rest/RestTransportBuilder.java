package io.unikv.transport.rest;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;

import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link RestTransport}. Only {@link #url(String)} and {@link #token(String)}
 * are required. Not thread-safe; the transport it builds is.
 *
 * <pre class="code">
 * RestTransport rest = RestTransport.builder()
 *     .url("https://eu1-x.upstash.io")
 *     .token(System.getenv("UPSTASH_REDIS_REST_TOKEN"))
 *     .timeout(Duration.ofSeconds(5))
 *     .build();
 * </pre>
 *
 * @author unikv authors
 */
public final class RestTransportBuilder {

    private @Nullable URI url;

    private @Nullable String token;

    private boolean readOnly;

    private Duration timeout = Duration.ofSeconds(10);

    private int retries = 3;

    private Duration backoff = Duration.ofMillis(50);

    private boolean autoPipelining = true;

    private int maxBatchSize = 100;

    private int maxInFlight = 1;

    private @Nullable Executor executor;

    private @Nullable HttpClient httpClient;

    RestTransportBuilder() {
    }

    /**
     * Use an endpoint such as {@code https://eu1-x.upstash.io} (required). A path prefix
     * is kept; a trailing slash is ignored.
     * @param url the endpoint, {@code http} or {@code https}
     * @return this builder
     * @throws IllegalArgumentException if the URL is not an absolute http(s) URL
     */
    public RestTransportBuilder url(String url) {
        URI uri = URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                || uri.getHost() == null || uri.getRawQuery() != null) {
            throw new IllegalArgumentException("Expected an http(s) URL such as https://eu1-x.upstash.io");
        }
        this.url = uri;
        return this;
    }

    /**
     * Use a token, sent as {@code Authorization: Bearer <token>} (required).
     * @param token the standard or read-only token
     * @return this builder
     */
    public RestTransportBuilder token(String token) {
        if (token.isBlank()) {
            throw new IllegalArgumentException("The token must not be blank");
        }
        this.token = token;
        return this;
    }

    /**
     * Declare that the token is a read-only token: commands that may write are refused on
     * the client side with a {@link io.unikv.KvAuthenticationException} naming the
     * command, without a round trip. Off by default.
     * @param readOnly whether to refuse writes
     * @return this builder
     */
    public RestTransportBuilder readOnly(boolean readOnly) {
        this.readOnly = readOnly;
        return this;
    }

    /**
     * Bound each HTTP attempt (connect plus answer); 10 seconds by default.
     * @param timeout the timeout, positive
     * @return this builder
     */
    public RestTransportBuilder timeout(Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("The timeout must be positive");
        }
        this.timeout = timeout;
        return this;
    }

    /**
     * Set how often a failed request is repeated (3 by default, 0 for never). Only
     * requests that were never sent, or whose commands all only read, are repeated.
     * @param retries the most retries
     * @return this builder
     */
    public RestTransportBuilder retries(int retries) {
        if (retries < 0) {
            throw new IllegalArgumentException("retries must not be negative");
        }
        this.retries = retries;
        return this;
    }

    /**
     * Set the delay before the first retry (50 ms by default); each further retry waits
     * twice as long, at most 2 seconds.
     * @param backoff the first delay
     * @return this builder
     */
    public RestTransportBuilder retryBackoff(Duration backoff) {
        if (backoff.isNegative()) {
            throw new IllegalArgumentException("The backoff must not be negative");
        }
        this.backoff = backoff;
        return this;
    }

    /**
     * Batch concurrent single commands into {@code /pipeline} requests (on by default,
     * like the official SDK).
     * @param enabled whether to batch
     * @return this builder
     */
    public RestTransportBuilder autoPipelining(boolean enabled) {
        this.autoPipelining = enabled;
        return this;
    }

    /**
     * Bound the commands in one auto-pipelined request (100 by default).
     * @param size the most commands per batch, at least 1
     * @return this builder
     */
    public RestTransportBuilder maxBatchSize(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("The batch size must be at least 1");
        }
        this.maxBatchSize = size;
        return this;
    }

    /**
     * Bound the auto-pipelined requests in flight at once (1 by default, which keeps
     * requests in submission order; more allows parallel batches whose commands may then
     * run in any order).
     * @param requests the most requests in flight, at least 1
     * @return this builder
     */
    public RestTransportBuilder autoPipeliningConcurrency(int requests) {
        if (requests < 1) {
            throw new IllegalArgumentException("The concurrency must be at least 1");
        }
        this.maxInFlight = requests;
        return this;
    }

    /**
     * Run auto-pipeline drains and retry delays on an executor (the common fork-join pool
     * by default). Tasks never block.
     * @param executor the executor
     * @return this builder
     */
    public RestTransportBuilder executor(Executor executor) {
        this.executor = executor;
        return this;
    }

    /**
     * Use an existing HTTP client (for proxies, TLS settings or instrumentation). The
     * transport does not close it. By default it creates one with keep-alive and HTTP/2
     * over TLS.
     * @param client the client
     * @return this builder
     */
    public RestTransportBuilder httpClient(HttpClient client) {
        this.httpClient = client;
        return this;
    }

    /**
     * Build the transport.
     * @return the transport
     * @throws IllegalStateException if the URL or the token is missing
     */
    public RestTransport build() {
        if (this.url == null || this.token == null) {
            throw new IllegalStateException("A REST transport needs url(...) and token(...)");
        }
        ExecutorService owned = (this.executor != null) ? null : RestThreads.newPool();
        Executor executor = (this.executor != null) ? this.executor : owned;
        RestSettings settings = new RestSettings(this.url, this.token, this.readOnly, this.timeout, this.retries,
                this.backoff, this.autoPipelining, this.maxBatchSize, this.maxInFlight, executor);
        return new RestTransport(settings, this.httpClient, owned);
    }

}
