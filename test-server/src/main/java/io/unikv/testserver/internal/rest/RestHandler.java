package io.unikv.testserver.internal.rest;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.unikv.testserver.internal.engine.Engine;
import io.unikv.testserver.internal.engine.Errors;
import io.unikv.testserver.internal.engine.User;

/**
 * Serves one HTTP connection: checks method, token and headers, hands the commands to the
 * engine and writes the answers. Answers leave in request order even when requests are
 * pipelined, because each write waits for the previous one. Malformed requests get a JSON
 * error and never reach the engine. Used on the connection's event loop; answers complete
 * on the engine thread.
 *
 * @author unikv authors
 */
final class RestHandler extends SimpleChannelInboundHandler<FullHttpRequest> {

    private static final Set<HttpMethod> ALLOWED = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.POST,
            HttpMethod.PUT);

    private final Engine engine;

    private final RestAuth auth;

    private final RestRequests requests;

    private final RestRouter router;

    private final SseEndpoint sse;

    private CompletableFuture<Void> previous = CompletableFuture.completedFuture(null);

    RestHandler(Engine engine, RestAuth auth, RestRequests requests, RestRouter router, SseEndpoint sse) {
        this.engine = engine;
        this.sse = sse;
        this.auth = auth;
        this.requests = requests;
        this.router = router;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
        if (openStream(ctx, request)) {
            return;
        }
        HttpVersion version = request.protocolVersion();
        boolean head = HttpMethod.HEAD.equals(request.method());
        CompletableFuture<RestResponse> answer;
        try {
            answer = answer(ctx, request);
        }
        catch (RuntimeException ex) {
            answer = CompletableFuture.failedFuture(ex);
        }
        CompletableFuture<RestResponse> safe = answer.exceptionally((ex) -> RestResponse
            .error(HttpResponseStatus.INTERNAL_SERVER_ERROR, "ERR internal error: " + ex, this.engine.writeOffset()));
        this.previous = this.previous.thenCompose((ignored) -> safe)
            .thenAccept((response) -> write(ctx, response, version, head));
    }

    private CompletableFuture<RestResponse> answer(ChannelHandlerContext ctx, FullHttpRequest request) {
        DecoderResult decoded = request.decoderResult();
        if (decoded.isFailure()) {
            return answer(malformed(decoded.cause()).closing());
        }
        HttpMethod method = request.method();
        if (HttpMethod.OPTIONS.equals(method)) {
            return answer(RestResponse.preflight(this.engine.writeOffset()));
        }
        if (!ALLOWED.contains(method)) {
            return answer(RestResponse.error(HttpResponseStatus.METHOD_NOT_ALLOWED, Errors.REST_METHOD_NOT_ALLOWED,
                    this.engine.writeOffset()));
        }
        try {
            RequestTarget target = RequestTarget.parse(request.uri());
            User user = this.auth.authenticate(request.headers(), target);
            RestCall call = this.requests.parse(request, target);
            return this.router
                .execute(call, user, address(ctx.channel().remoteAddress()), address(ctx.channel().localAddress()),
                        request.headers().get(HttpResponses.SYNC_TOKEN))
                .thenApply((outcome) -> RestReplies.render(call, outcome));
        }
        catch (RestException ex) {
            return answer(RestResponse.error(ex.status(), ex.getMessage(), this.engine.writeOffset()));
        }
    }

    /**
     * Open a server-sent event stream for {@code /subscribe}, {@code /psubscribe} and
     * {@code /monitor} with a valid token; anything else (a bad token included) takes the
     * ordinary path.
     */
    private boolean openStream(ChannelHandlerContext ctx, FullHttpRequest request) {
        if (request.decoderResult().isFailure() || !ALLOWED.contains(request.method())) {
            return false;
        }
        RequestTarget target;
        User user;
        try {
            target = RequestTarget.parse(request.uri());
            if (!SseEndpoint.handles(target)) {
                return false;
            }
            user = this.auth.authenticate(request.headers(), target);
        }
        catch (RestException ex) {
            return false;
        }
        HttpVersion version = request.protocolVersion();
        this.previous = this.previous
            .thenRun(() -> ctx.executor().execute(() -> this.sse.open(ctx, target, user, version)));
        return true;
    }

    private RestResponse malformed(Throwable cause) {
        return (cause instanceof TooLongFrameException)
                ? RestResponse.error(HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE, Errors.REST_TOO_LARGE,
                        this.engine.writeOffset())
                : RestResponse.error(HttpResponseStatus.BAD_REQUEST, Errors.REST_BAD_HTTP, this.engine.writeOffset());
    }

    private void write(ChannelHandlerContext ctx, RestResponse response, HttpVersion version, boolean head) {
        Runnable send = () -> {
            if (response.drop()) {
                ctx.close();
                return;
            }
            ChannelFuture future = ctx.writeAndFlush(HttpResponses.toHttp(response, version, head));
            if (response.close()) {
                future.addListener(ChannelFutureListener.CLOSE);
            }
        };
        long delay = this.engine.faults().latencyMillis();
        if (delay > 0) {
            ctx.executor().schedule(send, delay, TimeUnit.MILLISECONDS);
        }
        else {
            ctx.executor().execute(send);
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        // A reset by the peer or a broken pipe ends this connection only.
        ctx.close();
    }

    private static CompletableFuture<RestResponse> answer(RestResponse response) {
        return CompletableFuture.completedFuture(response);
    }

    private static String address(Object address) {
        return String.valueOf(address).replaceFirst("^/", "");
    }

}
