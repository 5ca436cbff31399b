package io.unikv.testserver.internal.rest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.unikv.testserver.internal.engine.RedisNumbers;
import io.unikv.testserver.internal.engine.Reply;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes REST response bodies: {@code {"result": ...}} or {@code {"error": ...}} per
 * command, with RESP2 semantics in JSON: maps become flat arrays, sets arrays, doubles
 * strings ({@code %.17g} as Redis formats them), booleans 0 or 1, nulls {@code null},
 * verbatim text a string, integers JSON numbers with exact digits. A success never
 * carries an {@code error} key and an error never a {@code result} key. Thread-safe.
 *
 * @author unikv authors
 */
final class JsonReplyWriter {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private JsonReplyWriter() {
    }

    /**
     * Write one command's envelope.
     * @param reply the reply
     * @param encoding how strings are encoded
     * @return the body
     */
    static byte[] envelope(Reply reply, ResponseEncoding encoding) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
            writeEnvelope(json, reply, encoding);
        }
        return out.toByteArray();
    }

    /**
     * Write the envelopes of a pipeline or transaction as one array.
     * @param replies the replies in command order
     * @param encoding how strings are encoded
     * @return the body
     */
    static byte[] envelopes(List<Reply> replies, ResponseEncoding encoding) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
            json.writeStartArray();
            for (Reply reply : replies) {
                writeEnvelope(json, reply, encoding);
            }
            json.writeEndArray();
        }
        return out.toByteArray();
    }

    /**
     * Write {@code {"error": message}}.
     * @param message the error text
     * @return the body
     */
    static byte[] error(String message) {
        return envelope(Reply.error(message), ResponseEncoding.PLAIN);
    }

    private static void writeEnvelope(JsonGenerator json, Reply reply, ResponseEncoding encoding) {
        json.writeStartObject();
        if (reply instanceof Reply.Err error) {
            json.writeName("error");
            json.writeString(error.message());
        }
        else {
            json.writeName("result");
            writeValue(json, reply, encoding, true);
        }
        json.writeEndObject();
    }

    private static void writeValue(JsonGenerator json, Reply reply, ResponseEncoding encoding, boolean topLevel) {
        if (reply instanceof Reply.Bulk bulk) {
            json.writeString(encoding.bulk(bulk.bytes()));
        }
        else if (reply instanceof Reply.Int number) {
            json.writeNumber(number.value());
        }
        else if (reply instanceof Reply.Simple simple) {
            json.writeString(encoding.status(simple.text(), topLevel));
        }
        else if (reply instanceof Reply.Null) {
            json.writeNull();
        }
        else if (reply instanceof Reply.Array array) {
            writeArray(json, array.items(), encoding);
        }
        else if (reply instanceof Reply.MapReply map) {
            writeArray(json, map.items(), encoding);
        }
        else if (reply instanceof Reply.SetReply set) {
            writeArray(json, set.items(), encoding);
        }
        else if (reply instanceof Reply.Push push) {
            writeArray(json, push.items(), encoding);
        }
        else if (reply instanceof Reply.Dbl dbl) {
            json.writeString(encoding.bulk(RedisNumbers.formatDouble(dbl.value()).getBytes(StandardCharsets.US_ASCII)));
        }
        else if (reply instanceof Reply.DoubleText dbl) {
            json.writeString(encoding.bulk(dbl.text().getBytes(StandardCharsets.US_ASCII)));
        }
        else if (reply instanceof Reply.Bool bool) {
            json.writeNumber(bool.value() ? 1 : 0);
        }
        else if (reply instanceof Reply.Verbatim verbatim) {
            json.writeString(encoding.bulk(verbatim.text().getBytes(StandardCharsets.UTF_8)));
        }
        else if (reply instanceof Reply.Err error) {
            // an error nested in an array (EXEC inside a script): its text, never encoded
            json.writeString(error.message());
        }
    }

    private static void writeArray(JsonGenerator json, List<Reply> items, ResponseEncoding encoding) {
        json.writeStartArray();
        for (Reply item : items) {
            writeValue(json, item, encoding, false);
        }
        json.writeEndArray();
    }

}
