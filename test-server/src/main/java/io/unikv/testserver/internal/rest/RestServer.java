package io.unikv.testserver.internal.rest;

import java.net.InetSocketAddress;
import java.time.Duration;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpServerKeepAliveHandler;
import io.unikv.testserver.internal.engine.Engine;
import io.unikv.testserver.internal.replication.ReplicaLink;
import org.jspecify.annotations.Nullable;

/**
 * The Upstash REST listener: HTTP/1.1 with keep-alive on Netty, serving {@code /},
 * {@code /pipeline}, {@code /multi-exec} and path-style commands against the engine, as
 * {@code specs/upstash-rest.md} describes.
 *
 * @author unikv authors
 */
public final class RestServer implements AutoCloseable {

    private static final int MAX_HEADER_BYTES = 64 * 1024;

    private final Channel channel;

    private final SseEndpoint sse;

    /**
     * Bind a listener.
     * @param engine the engine
     * @param group the I/O threads
     * @param host the address
     * @param port the port, 0 for any
     * @param maxRequestBytes the largest request body
     */
    public RestServer(Engine engine, EventLoopGroup group, String host, int port, int maxRequestBytes) {
        this(engine, null, null, Duration.ZERO, group, host, port, maxRequestBytes);
    }

    /**
     * Bind a listener for a region: on a replica, writes go to the primary and reads with
     * a sync token wait for the replica to catch up.
     * @param engine the region's engine
     * @param primary the primary's engine, or {@code null} on the primary
     * @param link the replica's link, or {@code null} on the primary
     * @param maxWait the longest a read waits for a token before the primary serves it
     * @param group the I/O threads
     * @param host the address
     * @param port the port, 0 for any
     * @param maxRequestBytes the largest request body
     */
    public RestServer(Engine engine, @Nullable Engine primary, @Nullable ReplicaLink link, Duration maxWait,
            EventLoopGroup group, String host, int port, int maxRequestBytes) {
        RestAuth auth = new RestAuth(engine.settings());
        RestRequests requests = new RestRequests(maxRequestBytes);
        RestRouter router = new RestRouter(engine, primary, link, maxWait);
        SseEndpoint sse = new SseEndpoint((primary != null) ? primary : engine);
        this.sse = sse;
        // path-style commands carry their arguments in the request line
        HttpDecoderConfig decoderConfig = new HttpDecoderConfig()
            .setMaxInitialLineLength(Math.max(4096, maxRequestBytes))
            .setMaxHeaderSize(MAX_HEADER_BYTES);
        ServerBootstrap bootstrap = new ServerBootstrap().group(group)
            .channel(NioServerSocketChannel.class)
            .option(ChannelOption.SO_BACKLOG, 1024)
            .childOption(ChannelOption.TCP_NODELAY, true)
            .childHandler(new ChannelInitializer<SocketChannel>() {
                @Override
                protected void initChannel(SocketChannel ch) {
                    ch.pipeline()
                        .addLast(new HttpServerCodec(decoderConfig), new HttpServerKeepAliveHandler(),
                                new RestAggregator(maxRequestBytes, engine),
                                new RestHandler(engine, auth, requests, router, sse));
                }
            });
        this.channel = bootstrap.bind(host, port).syncUninterruptibly().channel();
    }

    /**
     * Set how often idle pub/sub and monitor streams get a keepalive comment (default 15
     * s).
     * @param interval the interval
     */
    public void sseKeepAlive(Duration interval) {
        this.sse.keepAlive(interval);
    }

    /**
     * Return the bound address.
     * @return the address
     */
    public InetSocketAddress address() {
        return (InetSocketAddress) this.channel.localAddress();
    }

    @Override
    public void close() {
        this.channel.close().syncUninterruptibly();
    }

}
