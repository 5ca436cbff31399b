package io.unikv.testserver.internal.resp;

import java.util.List;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.util.ByteProcessor;
import io.unikv.testserver.internal.engine.Errors;

/**
 * Decodes RESP multibulk requests and inline commands into {@code byte[][]} (command name
 * at index 0), with Redis's limits and protocol errors. Keeps the state of a partly
 * received command, so large or slowly arriving requests are parsed once. A protocol
 * error is emitted as a {@link ProtocolError} and stops decoding; the handler answers it
 * and closes the connection, as Redis does.
 *
 * @author unikv authors
 */
final class RespDecoder extends ByteToMessageDecoder {

    /** Redis's {@code PROTO_INLINE_MAX_SIZE}. */
    static final int INLINE_MAX = 64 * 1024;

    /** Redis's default {@code proto-max-bulk-len}. */
    static final long MAX_BULK = 512L * 1024 * 1024;

    private static final int MAX_MULTIBULK = Integer.MAX_VALUE;

    private byte[][] args;

    private int filled;

    private boolean failed;

    RespDecoder() {
        this.args = null;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        while (!this.failed && in.isReadable()) {
            Object command = (this.args != null || in.getByte(in.readerIndex()) == '*') ? decodeMultibulk(in)
                    : decodeInline(in);
            if (command == null) {
                return;
            }
            if (command instanceof ProtocolError) {
                this.failed = true;
                in.skipBytes(in.readableBytes());
            }
            if (command != Empty.INSTANCE) {
                out.add(command);
            }
        }
        if (this.failed) {
            in.skipBytes(in.readableBytes());
        }
    }

    private Object decodeMultibulk(ByteBuf in) {
        if (this.args == null) {
            int eol = in.forEachByte(ByteProcessor.FIND_LF);
            if (eol < 0) {
                return (in.readableBytes() > INLINE_MAX)
                        ? new ProtocolError(Errors.protocol("too big mbulk count string")) : null;
            }
            long count = parseNumber(in, in.readerIndex() + 1, eol);
            if (count == Long.MIN_VALUE || count > MAX_MULTIBULK) {
                return new ProtocolError(Errors.protocol("invalid multibulk length"));
            }
            in.readerIndex(eol + 1);
            if (count <= 0) {
                return Empty.INSTANCE;
            }
            // Never trust a declared size for allocation: grow as arguments arrive.
            this.args = new byte[(int) Math.min(count, 1024)][];
            this.filled = 0;
            this.expected = (int) count;
        }
        while (this.filled < this.expected) {
            if (!in.isReadable()) {
                return null;
            }
            int start = in.readerIndex();
            if (in.getByte(start) != '$') {
                return new ProtocolError(
                        Errors.protocol("expected '$', got '" + (char) (in.getByte(start) & 0xff) + "'"));
            }
            int eol = in.forEachByte(ByteProcessor.FIND_LF);
            if (eol < 0) {
                return (in.readableBytes() > INLINE_MAX)
                        ? new ProtocolError(Errors.protocol("too big bulk count string")) : null;
            }
            long length = parseNumber(in, start + 1, eol);
            if (length < 0 || length > MAX_BULK) {
                return new ProtocolError(Errors.protocol("invalid bulk length"));
            }
            if (in.writerIndex() - (eol + 1) < length + 2) {
                return null;
            }
            byte[] bytes = new byte[(int) length];
            in.getBytes(eol + 1, bytes);
            in.readerIndex(eol + 1 + (int) length + 2);
            if (this.filled == this.args.length) {
                this.args = java.util.Arrays.copyOf(this.args, Math.min(this.expected, this.args.length * 2));
            }
            this.args[this.filled++] = bytes;
        }
        byte[][] command = this.args;
        this.args = null;
        return command;
    }

    private int expected;

    private Object decodeInline(ByteBuf in) {
        int eol = in.forEachByte(ByteProcessor.FIND_LF);
        if (eol < 0) {
            return (in.readableBytes() > INLINE_MAX) ? new ProtocolError(Errors.protocol("too big inline request"))
                    : null;
        }
        int end = (eol > in.readerIndex() && in.getByte(eol - 1) == '\r') ? eol - 1 : eol;
        byte[] line = new byte[end - in.readerIndex()];
        in.getBytes(in.readerIndex(), line);
        in.readerIndex(eol + 1);
        byte[][] split = InlineSplitter.split(line);
        if (split == null) {
            return new ProtocolError(Errors.protocol("unbalanced quotes in request"));
        }
        return (split.length == 0) ? Empty.INSTANCE : split;
    }

    /**
     * Parse the decimal between {@code from} and the CR before {@code eol}.
     * @return the value, or {@link Long#MIN_VALUE} if it is not a number
     */
    private static long parseNumber(ByteBuf in, int from, int eol) {
        int end = (eol > from && in.getByte(eol - 1) == '\r') ? eol - 1 : eol;
        if (end <= from || end - from > 19) {
            return Long.MIN_VALUE;
        }
        boolean negative = in.getByte(from) == '-';
        long value = 0;
        for (int i = negative ? from + 1 : from; i < end; i++) {
            int digit = in.getByte(i) - '0';
            if (digit < 0 || digit > 9) {
                return Long.MIN_VALUE;
            }
            value = value * 10 + digit;
        }
        return negative ? -value : value;
    }

    /**
     * A request that breaks the protocol; the connection is answered and closed.
     *
     * @param message the error text
     */
    record ProtocolError(String message) {
    }

    /** An empty request ({@code *0} or a blank line), which Redis ignores. */
    enum Empty {

        INSTANCE

    }

}
