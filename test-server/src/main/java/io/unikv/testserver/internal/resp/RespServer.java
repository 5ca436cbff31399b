package io.unikv.testserver.internal.resp;

import java.net.InetSocketAddress;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.unikv.testserver.internal.engine.Engine;

/**
 * The RESP listener: a Netty server whose connections feed the engine.
 *
 * @author unikv authors
 */
public final class RespServer implements AutoCloseable {

    private final Channel channel;

    /**
     * Bind a listener.
     * @param engine the engine
     * @param group the I/O threads
     * @param host the address to bind
     * @param port the port, 0 for any free one
     */
    public RespServer(Engine engine, EventLoopGroup group, String host, int port) {
        ServerBootstrap bootstrap = new ServerBootstrap().group(group)
            .channel(NioServerSocketChannel.class)
            .option(ChannelOption.SO_BACKLOG, 1024)
            .childOption(ChannelOption.TCP_NODELAY, true)
            .childHandler(new ChannelInitializer<SocketChannel>() {
                @Override
                protected void initChannel(SocketChannel ch) {
                    RespSink sink = new RespSink(ch, engine.faults());
                    ch.pipeline().addLast(new RespDecoder(), new RespHandler(engine, sink));
                }
            });
        this.channel = bootstrap.bind(host, port).syncUninterruptibly().channel();
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
