package io.unikv.transport.rest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import io.unikv.transport.Reply;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads REST response bodies: a {@code {"result": x}} or {@code {"error": "..."}}
 * envelope, or an array of them. Results were requested with
 * {@code Upstash-Encoding: base64}, so every string at every depth is base64-decoded into
 * a {@link Reply.Bulk}, except a top-level raw {@code OK}, which Upstash sends unencoded
 * and which becomes {@link Reply#OK}. Numbers become {@link Reply.Int}, null
 * {@link Reply#NIL}, arrays {@link Reply.Array}; error texts are never encoded.
 * Thread-safe.
 *
 * @author unikv authors
 */
final class ReplyJson {

    private static final JsonFactory FACTORY = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxStringLength(Integer.MAX_VALUE)
            .maxDocumentLength(-1)
            .maxNumberLength(1000)
            .build())
        .build();

    private ReplyJson() {
    }

    /**
     * Read one envelope.
     * @param body the body
     * @return the reply, a {@link Reply.Error} for an error envelope
     * @throws RestProtocolException if the body is not an envelope
     */
    static Reply envelope(byte[] body) {
        try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), body)) {
            Reply reply = readEnvelope(parser, parser.nextToken());
            expect(parser.nextToken() == null, "trailing content");
            return reply;
        }
        catch (JacksonException ex) {
            throw new RestProtocolException("The REST response is not valid JSON: " + ex.getOriginalMessage());
        }
    }

    /**
     * Read the answer to a pipeline or transaction: an array of envelopes, or a single
     * error envelope when the whole batch was refused.
     * @param body the body
     * @return one reply per command, or a single {@link Reply.Error} for a refused batch
     * @throws RestProtocolException if the body is neither
     */
    static Batch batch(byte[] body) {
        try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), body)) {
            JsonToken token = parser.nextToken();
            if (token == JsonToken.START_OBJECT) {
                Reply reply = readEnvelope(parser, token);
                return new Batch(List.of(), (reply instanceof Reply.Error error) ? error.message()
                        : "Expected an array of replies but got a single result");
            }
            expect(token == JsonToken.START_ARRAY, "expected an array of replies");
            List<Reply> replies = new ArrayList<>();
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                replies.add(readEnvelope(parser, token));
            }
            expect(parser.nextToken() == null, "trailing content");
            return new Batch(replies, null);
        }
        catch (JacksonException ex) {
            throw new RestProtocolException("The REST response is not valid JSON: " + ex.getOriginalMessage());
        }
    }

    /**
     * Read the error text of a non-2xx body, if it has one.
     * @param body the body
     * @return the {@code error} text, or {@code null} if the body is not an error
     * envelope
     */
    static @Nullable String errorText(byte[] body) {
        try {
            return (envelope(body) instanceof Reply.Error error) ? error.message() : null;
        }
        catch (RestProtocolException ex) {
            return null;
        }
    }

    private static Reply readEnvelope(JsonParser parser, @Nullable JsonToken start) {
        expect(start == JsonToken.START_OBJECT, "expected {\"result\"} or {\"error\"}");
        Reply reply = null;
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if ("result".equals(name)) {
                reply = readValue(parser, value, true);
            }
            else if ("error".equals(name) && value == JsonToken.VALUE_STRING) {
                reply = new Reply.Error(parser.getString());
            }
            else {
                parser.skipChildren();
            }
        }
        expect(token == JsonToken.END_OBJECT && reply != null, "expected {\"result\"} or {\"error\"}");
        return reply;
    }

    private static Reply readValue(JsonParser parser, @Nullable JsonToken token, boolean topLevel) {
        expect(token != null, "truncated result");
        return switch (token) {
            case VALUE_NULL -> Reply.NIL;
            case VALUE_STRING -> string(parser.getString(), topLevel);
            case VALUE_NUMBER_INT -> (parser.getNumberType() == JsonParser.NumberType.LONG
                    || parser.getNumberType() == JsonParser.NumberType.INT) ? new Reply.Int(parser.getLongValue())
                            : new Reply.BigNumber(parser.getString());
            case VALUE_NUMBER_FLOAT -> Reply.Bulk.of(parser.getString());
            case VALUE_TRUE -> new Reply.Bool(true);
            case VALUE_FALSE -> new Reply.Bool(false);
            case START_ARRAY -> {
                List<Reply> elements = new ArrayList<>();
                JsonToken next;
                while ((next = parser.nextToken()) != JsonToken.END_ARRAY) {
                    elements.add(readValue(parser, next, false));
                }
                yield new Reply.Array(elements);
            }
            default -> throw new RestProtocolException("Unexpected " + token + " in a REST result");
        };
    }

    private static Reply string(String text, boolean topLevel) {
        if (topLevel && "OK".equals(text)) {
            return Reply.OK;
        }
        try {
            return new Reply.Bulk(Base64.getDecoder().decode(text));
        }
        catch (IllegalArgumentException ex) {
            // not base64 (a server that ignores Upstash-Encoding): keep the text, as the
            // official SDK does
            return new Reply.Bulk(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void expect(boolean condition, String what) {
        if (!condition) {
            throw new RestProtocolException("Unexpected REST response: " + what);
        }
    }

    /**
     * The answer to a batch.
     *
     * @param replies one reply per command, empty if the batch was refused
     * @param refusal the error text of a refused batch, or {@code null}
     */
    record Batch(List<Reply> replies, @Nullable String refusal) {
    }

}
