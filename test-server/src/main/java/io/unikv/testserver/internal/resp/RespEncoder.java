package io.unikv.testserver.internal.resp;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.netty.buffer.ByteBuf;
import io.unikv.testserver.internal.engine.RedisNumbers;
import io.unikv.testserver.internal.engine.Reply;

/**
 * Writes engine replies as RESP2 or RESP3, mapping RESP3-only types down for RESP2 the
 * way Redis does.
 *
 * @author unikv authors
 */
public final class RespEncoder {

    private static final byte[] CRLF = { '\r', '\n' };

    private RespEncoder() {
    }

    /**
     * Write a reply.
     * @param reply the reply
     * @param protocol 2 or 3
     * @param out where to write
     */
    public static void write(Reply reply, int protocol, ByteBuf out) {
        if (reply instanceof Reply.Bulk bulk) {
            writeBulk(bulk.bytes(), out);
        }
        else if (reply instanceof Reply.Int number) {
            out.writeByte(':');
            writeDecimal(number.value(), out);
        }
        else if (reply instanceof Reply.Simple simple) {
            out.writeByte('+');
            out.writeCharSequence(simple.text(), StandardCharsets.UTF_8);
            out.writeBytes(CRLF);
        }
        else if (reply instanceof Reply.Err error) {
            out.writeByte('-');
            // Redis never lets a newline break an error line
            out.writeCharSequence(error.message().replace('\r', ' ').replace('\n', ' '), StandardCharsets.UTF_8);
            out.writeBytes(CRLF);
        }
        else if (reply instanceof Reply.Null nil) {
            if (protocol == 3) {
                out.writeByte('_').writeBytes(CRLF);
            }
            else {
                out.writeByte(nil.array() ? '*' : '$').writeByte('-').writeByte('1').writeBytes(CRLF);
            }
        }
        else if (reply instanceof Reply.Array array) {
            writeAggregate('*', array.items(), protocol, out);
        }
        else if (reply instanceof Reply.MapReply map) {
            if (protocol == 3) {
                out.writeByte('%');
                writeDecimal(map.items().size() / 2, out);
                writeItems(map.items(), protocol, out);
            }
            else {
                writeAggregate('*', map.items(), protocol, out);
            }
        }
        else if (reply instanceof Reply.SetReply set) {
            writeAggregate((protocol == 3) ? '~' : '*', set.items(), protocol, out);
        }
        else if (reply instanceof Reply.Push push) {
            writeAggregate((protocol == 3) ? '>' : '*', push.items(), protocol, out);
        }
        else if (reply instanceof Reply.Dbl dbl) {
            String text = RedisNumbers.formatDouble(dbl.value());
            if (protocol == 3) {
                out.writeByte(',');
                out.writeCharSequence(text, StandardCharsets.US_ASCII);
                out.writeBytes(CRLF);
            }
            else {
                writeBulk(text.getBytes(StandardCharsets.US_ASCII), out);
            }
        }
        else if (reply instanceof Reply.DoubleText dbl) {
            if (protocol == 3) {
                out.writeByte(',');
                out.writeCharSequence(dbl.text(), StandardCharsets.US_ASCII);
                out.writeBytes(CRLF);
            }
            else {
                writeBulk(dbl.text().getBytes(StandardCharsets.US_ASCII), out);
            }
        }
        else if (reply instanceof Reply.Bool bool) {
            if (protocol == 3) {
                out.writeByte('#').writeByte(bool.value() ? 't' : 'f').writeBytes(CRLF);
            }
            else {
                out.writeByte(':').writeByte(bool.value() ? '1' : '0').writeBytes(CRLF);
            }
        }
        else if (reply instanceof Reply.Verbatim verbatim) {
            byte[] text = verbatim.text().getBytes(StandardCharsets.UTF_8);
            if (protocol == 3) {
                out.writeByte('=');
                writeDecimal(text.length + 4, out);
                out.writeBytes("txt:".getBytes(StandardCharsets.US_ASCII)).writeBytes(text).writeBytes(CRLF);
            }
            else {
                writeBulk(text, out);
            }
        }
    }

    private static void writeAggregate(char type, List<Reply> items, int protocol, ByteBuf out) {
        out.writeByte(type);
        writeDecimal(items.size(), out);
        writeItems(items, protocol, out);
    }

    private static void writeItems(List<Reply> items, int protocol, ByteBuf out) {
        for (Reply item : items) {
            write(item, protocol, out);
        }
    }

    private static void writeBulk(byte[] bytes, ByteBuf out) {
        out.writeByte('$');
        writeDecimal(bytes.length, out);
        out.writeBytes(bytes).writeBytes(CRLF);
    }

    private static void writeDecimal(long value, ByteBuf out) {
        if (value >= 0 && value < 10) {
            out.writeByte('0' + (int) value);
        }
        else {
            out.writeCharSequence(Long.toString(value), StandardCharsets.US_ASCII);
        }
        out.writeBytes(CRLF);
    }

}
