package io.unikv.transport.rest;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.unikv.KvAuthenticationException;
import io.unikv.KvConnectionException;
import io.unikv.KvException;
import io.unikv.KvServerException;
import io.unikv.KvTimeoutException;
import io.unikv.KvUnavailableException;
import io.unikv.transport.TransportPubSub;

/**
 * Pub/sub over the Upstash REST protocol's server-sent event streams
 * ({@code specs/upstash-rest.md} §1.7): a subscription is one {@code POST /subscribe/<ch>
 * [/<ch>...]} or {@code /psubscribe/<pattern>[/...]} request whose response stays open;
 * closing the subscription aborts it, which is how Upstash unsubscribes. Shard channels
 * do not exist over REST. Messages are text (the stream is not base64-encoded). The
 * subscription is confirmed when the server has sent a {@code subscribe} (or
 * {@code psubscribe}) event for every name, within the transport's timeout. A lost stream
 * is not reopened: the handler hears {@link TransportPubSub.Handler#closed}. Thread-safe.
 *
 * @author unikv authors
 */
final class RestPubSub implements TransportPubSub {

    private final HttpClient client;

    private final RestSettings settings;

    private final Set<SseStream> streams = ConcurrentHashMap.newKeySet();

    RestPubSub(HttpClient client, RestSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    @Override
    public CompletableFuture<Subscription> subscribe(Kind kind, List<byte[]> names, Handler handler) {
        if (kind == Kind.SHARD) {
            return CompletableFuture.failedFuture(
                    new KvException("Shard channels (SSUBSCRIBE) are not available over the Upstash REST protocol"));
        }
        if (names.isEmpty()) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("At least one name is required"));
        }
        StringBuilder path = new StringBuilder((kind == Kind.PATTERN) ? "/psubscribe" : "/subscribe");
        for (byte[] name : names) {
            path.append('/')
                .append(URLEncoder.encode(new String(name, StandardCharsets.UTF_8), StandardCharsets.UTF_8)
                    .replace("+", "%20"));
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(this.settings.baseUri() + path.toString()))
            .header("Authorization", "Bearer " + this.settings.token())
            .header("Accept", "text/event-stream")
            .header("Cache-Control", "no-cache")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("[]"))
            .build();
        SseStream stream = new SseStream(kind, names, handler, this.streams::remove);
        this.streams.add(stream);
        CompletableFuture<HttpResponse<Void>> sending = this.client.sendAsync(request, (info) -> {
            if (info.statusCode() == 200) {
                return HttpResponse.BodySubscribers.fromLineSubscriber(stream);
            }
            return HttpResponse.BodySubscribers.mapping(HttpResponse.BodySubscribers.ofByteArray(), (body) -> {
                stream.refused(refusal(info.statusCode(), body));
                return null;
            });
        });
        // closing before the response arrived aborts the request
        stream.onClose(() -> sending.cancel(true));
        sending.whenComplete((response, failure) -> {
            if (failure != null) {
                stream.failed(new KvUnavailableException(
                        "Cannot open a pub/sub stream to " + this.settings.baseUri() + ": " + failure.getMessage(),
                        failure));
            }
        });
        long timeout = this.settings.timeout().toMillis();
        return stream.confirmed().orTimeout(timeout, TimeUnit.MILLISECONDS).exceptionallyCompose((failure) -> {
            stream.close();
            Throwable cause = (failure instanceof java.util.concurrent.CompletionException) ? failure.getCause()
                    : failure;
            if (cause instanceof TimeoutException) {
                return CompletableFuture.failedFuture(new KvTimeoutException(path.toString(), this.settings.timeout()));
            }
            return CompletableFuture.failedFuture(cause);
        });
    }

    private KvException refusal(int status, byte[] body) {
        String error = ReplyJson.errorText(body);
        if (status == 401 || status == 403) {
            return new KvAuthenticationException((error != null) ? error : "HTTP " + status);
        }
        if (error != null) {
            return new KvServerException(error);
        }
        return new KvConnectionException(
                "HTTP " + status + " from " + this.settings.baseUri() + " for a pub/sub stream", null);
    }

    /**
     * Abort every open stream (the transport is closing).
     */
    void close() {
        for (SseStream stream : List.copyOf(this.streams)) {
            stream.end(new KvUnavailableException("The REST transport was closed", null));
        }
    }

}
