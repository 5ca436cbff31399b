package io.unikv.testserver.internal.rest;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.unikv.testserver.internal.engine.ByteKey;
import io.unikv.testserver.internal.engine.Client;
import io.unikv.testserver.internal.engine.Engine;
import io.unikv.testserver.internal.engine.Errors;
import io.unikv.testserver.internal.engine.Reply;
import io.unikv.testserver.internal.engine.User;

/**
 * Upstash's server-sent event endpoints ({@code specs/upstash-rest.md} §1.7):
 * {@code /subscribe/<channel>[/<channel>...]}, {@code /psubscribe/<pattern>[/...]} and
 * {@code /monitor}. The response is a chunked {@code text/event-stream} that stays open:
 * it starts with the subscription confirmations (or {@code data: "OK"} for monitor), then
 * carries messages as they are published, and a {@code : keepalive} comment every
 * interval so proxies keep it open and a vanished client is noticed. When the HTTP
 * connection closes, the subscription's engine client disconnects, so
 * {@code PUBSUB NUMSUB} drops at once. The stream lives on the primary's engine on a
 * replica region, as every REST pub/sub command does. Thread-safe.
 *
 * @author unikv authors
 */
final class SseEndpoint {

    private static final byte[] KEEPALIVE = ": keepalive\n\n".getBytes(StandardCharsets.US_ASCII);

    private final Engine engine;

    private volatile Duration keepAlive = Duration.ofSeconds(15);

    SseEndpoint(Engine engine) {
        this.engine = engine;
    }

    /**
     * Set how often idle streams get a keepalive comment (default 15 s), for streams
     * opened from now on.
     * @param interval the interval
     */
    void keepAlive(Duration interval) {
        this.keepAlive = interval;
    }

    /**
     * Return whether a request is for a stream.
     * @param target the request target
     * @return whether its first segment is subscribe, psubscribe or monitor
     */
    static boolean handles(RequestTarget target) {
        if (target.segments().isEmpty()) {
            return false;
        }
        String first = new String(target.segments().get(0), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        return switch (first) {
            case "subscribe", "psubscribe" -> target.segments().size() > 1;
            case "monitor" -> target.segments().size() == 1;
            default -> false;
        };
    }

    /**
     * Open a stream for an authenticated request.
     * @param ctx the connection
     * @param target the request target
     * @param user the token's user
     * @param version the HTTP version
     */
    void open(ChannelHandlerContext ctx, RequestTarget target, User user, HttpVersion version) {
        Channel channel = ctx.channel();
        List<byte[]> segments = target.segments();
        String kind = new String(segments.get(0), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        HttpResponse head = new DefaultHttpResponse(version, HttpResponseStatus.OK);
        HttpHeaders headers = head.headers();
        headers.set(HttpHeaderNames.CONTENT_TYPE, "text/event-stream");
        headers.set(HttpHeaderNames.CACHE_CONTROL, HttpHeaderValues.NO_CACHE);
        headers.set(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE);
        headers.set(HttpHeaderNames.TRANSFER_ENCODING, HttpHeaderValues.CHUNKED);
        headers.set(HttpHeaderNames.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
        headers.set(HttpResponses.SYNC_TOKEN, Long.toString(this.engine.writeOffset()));
        channel.writeAndFlush(head);
        SseSink sink = new SseSink(channel);
        Client client = this.engine.connect(address(channel.remoteAddress()), address(channel.localAddress()), sink);
        long interval = Math.max(1, this.keepAlive.toMillis());
        ScheduledFuture<?> keepAlive = channel.eventLoop()
            .scheduleAtFixedRate(() -> channel.writeAndFlush(new DefaultHttpContent(Unpooled.wrappedBuffer(KEEPALIVE))),
                    interval, interval, TimeUnit.MILLISECONDS);
        channel.closeFuture().addListener((future) -> {
            keepAlive.cancel(false);
            this.engine.disconnect(client);
        });
        List<byte[]> names = new ArrayList<>(segments.subList(1, segments.size()));
        this.engine.call(() -> {
            client.user(user);
            if (kind.equals("monitor")) {
                if (user == User.READ_ONLY) {
                    refuse(sink, Errors.restNoPermission("monitor"));
                    return null;
                }
                ByteBuf ok = channel.alloc().buffer();
                SseSink.event("\"OK\"".getBytes(StandardCharsets.US_ASCII), ok);
                channel.writeAndFlush(new DefaultHttpContent(ok));
                this.engine.pubSub().monitor(client);
                return null;
            }
            for (byte[] name : names) {
                if (kind.equals("subscribe")) {
                    this.engine.pubSub().subscribe(client, ByteKey.of(name));
                    sink.send(confirmation("subscribe", name, client.pubSub().count()));
                }
                else {
                    this.engine.pubSub().psubscribe(client, ByteKey.of(name));
                    sink.send(confirmation("psubscribe", name, client.pubSub().count()));
                }
            }
            sink.flush();
            return null;
        });
    }

    private static void refuse(SseSink sink, String error) {
        sink.send(new Reply.Simple("error," + error));
        sink.close();
    }

    private static Reply confirmation(String kind, byte[] name, int count) {
        return new Reply.Push(List.of(Reply.bulk(kind), Reply.bulk(name), Reply.integer(count)));
    }

    private static String address(Object address) {
        return String.valueOf(address).replaceFirst("^/", "");
    }

}
