package io.unikv.transport.rest;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;

import io.unikv.KvAuthenticationException;
import io.unikv.KvCodecException;
import io.unikv.KvConnectionException;
import io.unikv.KvUnavailableException;
import io.unikv.transport.Command;
import io.unikv.transport.CommandKind;
import io.unikv.internal.PipelineCounters;
import io.unikv.transport.PipelineStats;
import io.unikv.transport.Request;
import io.unikv.transport.Response;
import io.unikv.transport.Transport;
import org.jspecify.annotations.Nullable;

/**
 * A {@link Transport} over the Upstash Redis REST protocol, for Upstash databases and
 * compatible servers (the unikv test server, SRH). Built with {@link #builder()}:
 *
 * <pre class="code">
 * RestTransport rest = RestTransport.builder().url("https://eu1-x.upstash.io").token(token).build();
 * RedisStore store = RedisStore.builder().transport(rest).build();
 * </pre>
 *
 * <p>
 * Wire behaviour: {@code java.net.http.HttpClient} with keep-alive (HTTP/2 over TLS when
 * the server offers it), {@code Authorization: Bearer}, {@code Upstash-Encoding: base64}
 * on every request with every reply string decoded, single commands as JSON arrays to
 * {@code POST /}, pipelines to {@code /pipeline}, transactions to {@code /multi-exec},
 * and the {@code upstash-sync-token} header sent with the request's token and read from
 * every 2xx response. Error replies of single commands (HTTP 400) are {@code Reply.Error}
 * values; HTTP 401 fails with {@link KvAuthenticationException}, a discarded transaction
 * with {@link io.unikv.KvServerException}, other statuses with
 * {@link KvConnectionException}.
 * <p>
 * Auto-pipelining (on by default): concurrent single commands are batched into
 * {@code /pipeline} requests, reads and writes separately. Retries (3 by default, with
 * exponential backoff) happen only when they cannot apply a write twice: the request
 * never reached the server, or every command in it only reads.
 * <p>
 * <strong>Binary data:</strong> the REST protocol has no binary encoding for arguments,
 * and JSON strings carry text only. Arguments that are valid UTF-8 (all text, JSON and
 * numbers) travel as JSON; a single command with other bytes is sent in the path form
 * ({@code POST /SET/<percent-encoded key>} with the last argument as the raw body), which
 * is binary-safe but has no pipeline or transaction equivalent, so pipelines and
 * transactions with such arguments fail with {@link KvCodecException} before sending.
 * Replies are always binary-safe (base64).
 * <p>
 * Thread-safe. Requires Jackson 3 ({@code tools.jackson.core:jackson-core}) at runtime.
 *
 * @author unikv authors
 */
public final class RestTransport implements Transport {

    private final RestSettings settings;

    private final HttpClient client;

    private final boolean ownsClient;

    private final String description;

    private final RestRetries retries;

    private final @Nullable AutoPipeline autoPipeline;

    private final PipelineCounters counters = new PipelineCounters();

    private final Set<CompletableFuture<Response>> pending = ConcurrentHashMap.newKeySet();

    private final @Nullable ExecutorService ownedExecutor;

    private volatile boolean closed;

    private final RestPubSub pubSub;

    RestTransport(RestSettings settings, @Nullable HttpClient client, @Nullable ExecutorService ownedExecutor) {
        this.settings = settings;
        this.ownedExecutor = ownedExecutor;
        this.ownsClient = client == null;
        this.client = (client != null) ? client
                : HttpClient.newBuilder()
                    .version(settings.httpVersion())
                    .connectTimeout(settings.timeout())
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
        this.description = "rest " + endpoint(settings.baseUri());
        RestHttp http = new RestHttp(this.client, settings, endpoint(settings.baseUri()));
        this.retries = new RestRetries(http::send, settings);
        this.autoPipeline = settings.autoPipelining() ? new AutoPipeline(this.retries::send, settings, this.counters)
                : null;
        this.pubSub = new RestPubSub(this.client, settings);
    }

    /**
     * Start building a transport.
     * @return a new builder
     */
    public static RestTransportBuilder builder() {
        return new RestTransportBuilder();
    }

    @Override
    public PipelineStats pipelineStats() {
        return this.counters.snapshot();
    }

    @Override
    public CompletableFuture<Response> send(Request request) {
        if (this.closed) {
            return CompletableFuture.failedFuture(new KvUnavailableException("The REST transport is closed", null));
        }
        RuntimeException refusal = refusal(request);
        if (refusal != null) {
            return CompletableFuture.failedFuture(refusal);
        }
        this.counters.request(request);
        CompletableFuture<Response> sent = (this.autoPipeline != null) ? this.autoPipeline.submit(request)
                : this.retries.send(request);
        // a copy the caller may complete or cancel without touching shared batches
        CompletableFuture<Response> result = sent.thenApply((response) -> response);
        this.pending.add(result);
        result.whenComplete((response, failure) -> this.pending.remove(result));
        return result;
    }

    private @Nullable RuntimeException refusal(Request request) {
        if (this.settings.readOnly()) {
            for (Command command : request.commands()) {
                if (command.kind() == CommandKind.WRITE) {
                    return new KvAuthenticationException("Command " + command.name()
                            + " may write, but this REST transport uses a read-only token; nothing was sent");
                }
            }
        }
        if (request.mode() != Request.Mode.SINGLE) {
            for (Command command : request.commands()) {
                if (!CommandJson.isJsonSafe(command)) {
                    return new KvCodecException("Command " + command.name() + " has an argument that is not valid "
                            + "UTF-8; the Upstash REST protocol carries such bytes only in single commands, "
                            + "not in pipelines or transactions", null);
                }
            }
        }
        return null;
    }

    /**
     * Pub/sub over Upstash's server-sent event streams ({@code /subscribe},
     * {@code /psubscribe}): one HTTP stream per subscription, aborted when it is closed;
     * no shard channels.
     * @return the capability
     */
    @Override
    public java.util.Optional<io.unikv.transport.TransportPubSub> pubSub() {
        return java.util.Optional.of((kind, names, handler) -> this.closed
                ? CompletableFuture.failedFuture(new KvUnavailableException("The REST transport is closed", null))
                : this.pubSub.subscribe(kind, names, handler));
    }

    @Override
    public boolean issuesSyncTokens() {
        return true;
    }

    @Override
    public String description() {
        return this.description;
    }

    /**
     * Fail queued requests with {@link KvUnavailableException} and requests in flight
     * with {@link KvConnectionException} (they may have reached the server), and release
     * the HTTP client and threads if this transport created them. Idempotent.
     */
    @Override
    public void close() {
        if (this.closed) {
            return;
        }
        this.closed = true;
        this.pubSub.close();
        if (this.autoPipeline != null) {
            this.autoPipeline.close();
        }
        for (CompletableFuture<Response> future : this.pending) {
            future.completeExceptionally(new KvConnectionException(
                    "The REST transport was closed while the request was in flight; the outcome is unknown", null));
        }
        if (this.ownedExecutor != null) {
            this.ownedExecutor.shutdown();
        }
        if (this.ownsClient && this.client instanceof AutoCloseable closeable) {
            // HttpClient is AutoCloseable from Java 21 on; on 17 its threads end with it
            try {
                closeable.close();
            }
            catch (Exception ex) {
                // closing is best effort
            }
        }
    }

    @Override
    public String toString() {
        return this.description;
    }

    static String endpoint(URI uri) {
        String port = (uri.getPort() != -1) ? ":" + uri.getPort() : "";
        return uri.getScheme() + "://" + uri.getHost() + port + uri.getRawPath();
    }

}
