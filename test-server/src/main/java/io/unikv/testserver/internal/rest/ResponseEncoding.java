package io.unikv.testserver.internal.rest;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * How strings go into a JSON response. Plain: the bytes as UTF-8, invalid sequences
 * replaced with U+FFFD (as Upstash does). Base64 ({@code Upstash-Encoding: base64}):
 * standard padded base64 of the raw bytes, for every string at every depth except a
 * top-level {@code OK} status, which Upstash leaves raw (the client's decoder keeps it);
 * inside an array an unencoded {@code OK} would decode to garbage, so it is encoded
 * there. Error texts are never encoded. Immutable.
 *
 * @author unikv authors
 */
final class ResponseEncoding {

    static final ResponseEncoding PLAIN = new ResponseEncoding(false);

    static final ResponseEncoding BASE64 = new ResponseEncoding(true);

    private static final String OK = "OK";

    private final boolean base64;

    private ResponseEncoding(boolean base64) {
        this.base64 = base64;
    }

    static ResponseEncoding of(boolean base64) {
        return base64 ? BASE64 : PLAIN;
    }

    boolean isBase64() {
        return this.base64;
    }

    /**
     * Encode bulk content.
     * @param bytes the raw bytes
     * @return the JSON string value
     */
    String bulk(byte[] bytes) {
        return this.base64 ? Base64.getEncoder().encodeToString(bytes) : new String(bytes, StandardCharsets.UTF_8);
    }

    /**
     * Encode a status reply.
     * @param text the status text
     * @param topLevel whether it is the whole result of a command
     * @return the JSON string value
     */
    String status(String text, boolean topLevel) {
        if (!this.base64 || (topLevel && OK.equals(text))) {
            return text;
        }
        return bulk(text.getBytes(StandardCharsets.UTF_8));
    }

}
