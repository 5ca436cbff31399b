package io.unikv.testserver.internal.resp;

import java.util.ArrayList;
import java.util.List;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.unikv.testserver.internal.engine.Client;
import io.unikv.testserver.internal.engine.Engine;
import io.unikv.testserver.internal.engine.Reply;

/**
 * Hands each connection's decoded commands to the engine, one batch per read, so
 * pipelined commands cost one hand-off; answers protocol errors and closes the
 * connection.
 *
 * @author unikv authors
 */
final class RespHandler extends ChannelInboundHandlerAdapter {

    private final Engine engine;

    private final RespSink sink;

    private Client client;

    private List<byte[][]> batch = new ArrayList<>();

    RespHandler(Engine engine, RespSink sink) {
        this.engine = engine;
        this.sink = sink;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        this.client = this.engine.connect(String.valueOf(ctx.channel().remoteAddress()).replaceFirst("^/", ""),
                String.valueOf(ctx.channel().localAddress()).replaceFirst("^/", ""), this.sink);
        this.sink.attach(this.client);
        ctx.fireChannelActive();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof byte[][] command) {
            this.batch.add(command);
        }
        else if (msg instanceof RespDecoder.ProtocolError error) {
            submitBatch();
            Client target = this.client;
            this.engine.call(() -> {
                target.sink().send(Reply.error(error.message()));
                this.engine.close(target);
                return null;
            });
        }
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        submitBatch();
        ctx.fireChannelReadComplete();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        if (this.client != null) {
            this.engine.disconnect(this.client);
        }
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        // A reset by the peer or a broken pipe ends this connection only.
        ctx.close();
    }

    private void submitBatch() {
        if (!this.batch.isEmpty()) {
            this.engine.submit(this.client, this.batch);
            this.batch = new ArrayList<>();
        }
    }

}
