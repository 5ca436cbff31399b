package io.unikv.testserver.internal.rest;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.unikv.testserver.internal.engine.Reply;
import io.unikv.testserver.internal.engine.ReplySink;

/**
 * The sink of a REST pub/sub or monitor stream: turns push messages into Upstash's
 * server-sent events ({@code data: message,<channel>,<message>}, {@code data: pmessage,
 * <pattern>,<channel>,<message>}, {@code data: subscribe,<channel>,<count>}) and MONITOR
 * lines into {@code data: <line>}, each event ending with a blank line. A payload with
 * line breaks becomes several {@code data:} lines, as the SSE format joins them. Called
 * on the engine thread; writes are handed to the channel, which orders them.
 *
 * @author unikv authors
 */
final class SseSink implements ReplySink {

    private final Channel channel;

    private ByteBuf pending;

    SseSink(Channel channel) {
        this.channel = channel;
    }

    @Override
    public void send(Reply reply) {
        byte[] payload = payload(reply);
        if (payload == null) {
            return;
        }
        if (this.pending == null) {
            this.pending = this.channel.alloc().buffer(payload.length + 16);
        }
        event(payload, this.pending);
    }

    @Override
    public void flush() {
        ByteBuf out = this.pending;
        if (out != null) {
            this.pending = null;
            this.channel.writeAndFlush(new DefaultHttpContent(out));
        }
    }

    @Override
    public void close() {
        flush();
        this.channel.eventLoop().execute(this.channel::close);
    }

    @Override
    public void drop() {
        if (this.pending != null) {
            this.pending.release();
            this.pending = null;
        }
        this.channel.close();
    }

    /**
     * Write one event.
     * @param payload the data, possibly with line breaks
     * @param out where to write
     */
    static void event(byte[] payload, ByteBuf out) {
        out.writeBytes(DATA);
        for (byte b : payload) {
            if (b == '\n') {
                out.writeByte('\n').writeBytes(DATA);
            }
            else if (b != '\r') {
                out.writeByte(b);
            }
        }
        out.writeByte('\n').writeByte('\n');
    }

    private static final byte[] DATA = "data: ".getBytes(StandardCharsets.US_ASCII);

    private static byte[] payload(Reply reply) {
        if (reply instanceof Reply.Simple simple) {
            return simple.text().getBytes(StandardCharsets.UTF_8);
        }
        if (reply instanceof Reply.Push push) {
            return joined(push.items());
        }
        return null;
    }

    private static byte[] joined(List<Reply> items) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            Reply item = items.get(i);
            if (item instanceof Reply.Bulk bulk) {
                out.writeBytes(bulk.bytes());
            }
            else if (item instanceof Reply.Int number) {
                out.writeBytes(Long.toString(number.value()).getBytes(StandardCharsets.US_ASCII));
            }
        }
        return out.toByteArray();
    }

}
