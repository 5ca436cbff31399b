package io.unikv.transport.rest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.unikv.KvAuthenticationException;
import io.unikv.KvConnectionException;
import io.unikv.KvServerException;
import io.unikv.SyncToken;
import io.unikv.transport.Command;
import io.unikv.transport.Reply;
import io.unikv.transport.Request;
import io.unikv.transport.Response;
import org.jspecify.annotations.Nullable;

/**
 * One HTTP attempt of a request: builds the Upstash REST call ({@code POST /} with a JSON
 * command, {@code /pipeline}, {@code /multi-exec}, or the path form for binary arguments)
 * with the bearer token, {@code Upstash-Encoding: base64} and the sync token, and maps
 * the answer by status. Never retries. Thread-safe.
 *
 * @author unikv authors
 */
final class RestHttp {

    static final String SYNC_TOKEN_HEADER = "upstash-sync-token";

    private final HttpClient client;

    private final RestSettings settings;

    private final String endpoint;

    RestHttp(HttpClient client, RestSettings settings, String endpoint) {
        this.client = client;
        this.settings = settings;
        this.endpoint = endpoint;
    }

    /**
     * Send a request once.
     * @param request the request
     * @return the response; fails with a {@link io.unikv.KvException}
     */
    CompletableFuture<Response> send(Request request) {
        HttpRequest http;
        try {
            http = build(request);
        }
        catch (RuntimeException ex) {
            return CompletableFuture.failedFuture(ex);
        }
        return this.client.sendAsync(http, HttpResponse.BodyHandlers.ofByteArray()).handle((response, failure) -> {
            if (failure != null) {
                throw RestFailures.map(failure, request, this.endpoint, this.settings.timeout());
            }
            return toResponse(request, response);
        });
    }

    private HttpRequest build(Request request) {
        URI base = this.settings.baseUri();
        URI uri;
        byte[] body;
        String contentType = "application/json";
        Command first = request.commands().get(0);
        switch (request.mode()) {
            case PIPELINE -> {
                uri = URI.create(base + "/pipeline");
                body = CommandJson.batch(request.commands());
            }
            case TRANSACTION -> {
                uri = URI.create(base + "/multi-exec");
                body = CommandJson.batch(request.commands());
            }
            default -> {
                if (CommandJson.isJsonSafe(first)) {
                    uri = base.getPath().isEmpty() ? URI.create(base + "/") : base;
                    body = CommandJson.single(first);
                }
                else {
                    uri = PathCommand.uri(base, first);
                    body = PathCommand.body(first);
                    contentType = "application/octet-stream";
                }
            }
        }
        SyncToken token = request.syncToken();
        return HttpRequest.newBuilder(uri)
            .timeout(this.settings.timeout())
            .header("Authorization", "Bearer " + this.settings.token())
            .header("Upstash-Encoding", "base64")
            .header("Content-Type", contentType)
            .header(SYNC_TOKEN_HEADER, (token != null) ? token.value() : "")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    }

    private Response toResponse(Request request, HttpResponse<byte[]> http) {
        int status = http.statusCode();
        byte[] body = http.body();
        if (status >= 200 && status < 300) {
            return success(request, body, syncToken(http));
        }
        String error = ReplyJson.errorText(body);
        if (status == 401 || status == 403) {
            throw new KvAuthenticationException((error != null) ? error : "HTTP " + status + " from " + this.endpoint);
        }
        if (status == 400 && error != null) {
            if (request.mode() == Request.Mode.SINGLE) {
                return new Response(List.of(new Reply.Error(error)), null);
            }
            // a refused batch: nothing ran (a discarded transaction or a malformed body)
            throw new KvServerException(error);
        }
        throw new KvConnectionException("HTTP " + status + " from " + this.endpoint + " for "
                + RestFailures.describe(request) + ((error != null) ? ": " + error : ""), null);
    }

    private Response success(Request request, byte[] body, @Nullable SyncToken token) {
        if (request.mode() == Request.Mode.SINGLE) {
            return new Response(List.of(ReplyJson.envelope(body)), token);
        }
        ReplyJson.Batch batch = ReplyJson.batch(body);
        if (batch.refusal() != null) {
            throw new KvServerException(batch.refusal());
        }
        if (batch.replies().size() != request.commands().size()) {
            throw new RestProtocolException(
                    "Expected " + request.commands().size() + " replies but got " + batch.replies().size());
        }
        return new Response(batch.replies(), token);
    }

    private static @Nullable SyncToken syncToken(HttpResponse<byte[]> http) {
        String value = http.headers().firstValue(SYNC_TOKEN_HEADER).orElse("");
        try {
            return value.isEmpty() ? null : SyncToken.of(value);
        }
        catch (IllegalArgumentException ex) {
            return null;
        }
    }

}
