package io.unikv.testserver.internal.rest;

import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.FullHttpMessage;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.util.ReferenceCountUtil;
import io.unikv.testserver.internal.engine.Engine;
import io.unikv.testserver.internal.engine.Errors;

/**
 * Aggregates request bodies up to the size limit and answers larger ones with 413 and
 * Upstash's {@code ERR max request size exceeded} as a JSON error, instead of Netty's
 * empty 413. Like Netty, it keeps the connection when the body's length was announced
 * (the rest is skipped) and closes it when the body was already being streamed. One per
 * connection.
 *
 * @author unikv authors
 */
final class RestAggregator extends HttpObjectAggregator {

    private final Engine engine;

    RestAggregator(int maxRequestBytes, Engine engine) {
        super(maxRequestBytes);
        this.engine = engine;
    }

    @Override
    protected Object newContinueResponse(HttpMessage start, int maxContentLength, ChannelPipeline pipeline) {
        Object response = super.newContinueResponse(start, maxContentLength, pipeline);
        if (response instanceof HttpResponse http
                && http.status().code() == HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE.code()) {
            // "Expect: 100-continue" with a too-large Content-Length: refuse before the
            // body
            ReferenceCountUtil.release(response);
            return HttpResponses.toHttp(tooLarge(), start.protocolVersion(), false);
        }
        return response;
    }

    @Override
    protected void handleOversizedMessage(ChannelHandlerContext ctx, HttpMessage oversized) {
        boolean close = oversized instanceof FullHttpMessage
                || (!HttpUtil.is100ContinueExpected(oversized) && !HttpUtil.isKeepAlive(oversized));
        RestResponse response = close ? tooLarge().closing() : tooLarge();
        ctx.writeAndFlush(HttpResponses.toHttp(response, oversized.protocolVersion(), false))
            .addListener(close ? ChannelFutureListener.CLOSE : ChannelFutureListener.CLOSE_ON_FAILURE);
    }

    private RestResponse tooLarge() {
        return RestResponse.error(HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE, Errors.REST_TOO_LARGE,
                this.engine.writeOffset());
    }

}
