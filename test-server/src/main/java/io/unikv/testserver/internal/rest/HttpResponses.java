package io.unikv.testserver.internal.rest;

import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.AsciiString;

/**
 * Builds HTTP responses with the headers every answer carries: the
 * {@code upstash-sync-token}, and CORS headers so browsers may call the endpoint and read
 * the token. Answers CORS preflights. Stateless.
 *
 * @author unikv authors
 */
final class HttpResponses {

    /** The read-your-writes token header. */
    static final AsciiString SYNC_TOKEN = AsciiString.cached("upstash-sync-token");

    /** The methods the endpoint serves (anything else: 405). */
    static final String ALLOWED_METHODS = "GET, HEAD, POST, PUT, OPTIONS";

    /** The request headers browsers may send. */
    static final String ALLOWED_HEADERS = "Authorization, Content-Type, Upstash-Encoding, Upstash-Response-Format, "
            + "upstash-sync-token, Upstash-Telemetry-Runtime, Upstash-Telemetry-Platform, Upstash-Telemetry-Sdk, "
            + "Upstash-Telemetry-Retry";

    private HttpResponses() {
    }

    /**
     * Build an HTTP response.
     * @param response the answer
     * @param version the request's HTTP version
     * @param head whether the request was HEAD (headers only, same Content-Length)
     * @return the response
     */
    static FullHttpResponse toHttp(RestResponse response, HttpVersion version, boolean head) {
        if (response.status().equals(HttpResponseStatus.NO_CONTENT)) {
            return preflight(version, response.syncToken());
        }
        FullHttpResponse http = new DefaultFullHttpResponse(version, response.status(),
                head ? Unpooled.EMPTY_BUFFER : Unpooled.wrappedBuffer(response.body()));
        HttpHeaders headers = http.headers();
        headers.set(HttpHeaderNames.CONTENT_TYPE, response.contentType());
        headers.setInt(HttpHeaderNames.CONTENT_LENGTH, response.body().length);
        if (response.status().equals(HttpResponseStatus.METHOD_NOT_ALLOWED)) {
            headers.set(HttpHeaderNames.ALLOW, ALLOWED_METHODS);
        }
        common(headers, response.syncToken());
        if (response.close()) {
            HttpUtil.setKeepAlive(http, false);
        }
        return http;
    }

    private static FullHttpResponse preflight(HttpVersion version, long syncToken) {
        FullHttpResponse http = new DefaultFullHttpResponse(version, HttpResponseStatus.NO_CONTENT,
                Unpooled.EMPTY_BUFFER);
        HttpHeaders headers = http.headers();
        headers.set(HttpHeaderNames.ACCESS_CONTROL_ALLOW_METHODS, ALLOWED_METHODS);
        headers.set(HttpHeaderNames.ACCESS_CONTROL_ALLOW_HEADERS, ALLOWED_HEADERS);
        headers.set(HttpHeaderNames.ACCESS_CONTROL_MAX_AGE, "86400");
        headers.setInt(HttpHeaderNames.CONTENT_LENGTH, 0);
        common(headers, syncToken);
        return http;
    }

    private static void common(HttpHeaders headers, long syncToken) {
        headers.set(SYNC_TOKEN, Long.toString(syncToken));
        headers.set(HttpHeaderNames.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
        headers.set(HttpHeaderNames.ACCESS_CONTROL_EXPOSE_HEADERS, SYNC_TOKEN);
    }

}
