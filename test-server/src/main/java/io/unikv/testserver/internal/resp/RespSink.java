package io.unikv.testserver.internal.resp;

import java.util.concurrent.TimeUnit;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.unikv.testserver.internal.engine.Client;
import io.unikv.testserver.internal.engine.Faults;
import io.unikv.testserver.internal.engine.Reply;
import io.unikv.testserver.internal.engine.ReplySink;

/**
 * Encodes a client's replies into one buffer per batch and writes it to the channel on
 * flush. Used on the engine thread only.
 *
 * @author unikv authors
 */
final class RespSink implements ReplySink {

    private final Channel channel;

    private final Faults faults;

    private Client client;

    private ByteBuf buffer;

    RespSink(Channel channel, Faults faults) {
        this.channel = channel;
        this.faults = faults;
    }

    void attach(Client client) {
        this.client = client;
    }

    @Override
    public void send(Reply reply) {
        if (this.buffer == null) {
            this.buffer = this.channel.alloc().ioBuffer(256);
        }
        RespEncoder.write(reply, this.client.protocol(), this.buffer);
    }

    @Override
    public void flush() {
        ByteBuf out = this.buffer;
        if (out == null) {
            return;
        }
        this.buffer = null;
        long delay = this.faults.latencyMillis();
        if (delay > 0) {
            this.channel.eventLoop().schedule(() -> this.channel.writeAndFlush(out), delay, TimeUnit.MILLISECONDS);
        }
        else {
            this.channel.writeAndFlush(out);
        }
    }

    @Override
    public void close() {
        flush();
        long delay = this.faults.latencyMillis();
        Runnable close = () -> this.channel.writeAndFlush(Unpooled.EMPTY_BUFFER)
            .addListener(ChannelFutureListener.CLOSE);
        if (delay > 0) {
            this.channel.eventLoop().schedule(close, delay, TimeUnit.MILLISECONDS);
        }
        else {
            this.channel.eventLoop().execute(close);
        }
    }

    @Override
    public void drop() {
        if (this.buffer != null) {
            this.buffer.release();
            this.buffer = null;
        }
        this.channel.close();
    }

}
