package io.unikv;

/**
 * A {@link KeyValueStore} call broke one of the KV profile's {@link KvLimits} and was
 * rejected before anything was sent. Messages are Cloudflare Workers KV's own, so code
 * and tests written against Workers KV read the same text, for example
 * {@code KV PUT failed: 413 Metadata length of 1025 exceeds limit of 1024.} or
 * {@code Key name cannot be empty.}.
 *
 * @author unikv authors
 */
public class KvLimitException extends KvException {

    private static final long serialVersionUID = 1L;

    private final int status;

    /**
     * Create an exception for a rule that Workers KV reports as a type error (key
     * naming), which carries no HTTP status.
     * @param message the message
     */
    public KvLimitException(String message) {
        this(message, 0);
    }

    private KvLimitException(String message, int status) {
        super(message);
        this.status = status;
    }

    /**
     * Create an exception in Workers KV's
     * {@code KV <OPERATION> failed: <status> <detail>} form.
     * @param operation the KV operation as Workers KV names it ({@code GET},
     * {@code GET_BULK}, {@code PUT}, {@code DELETE}; {@code list} reports as {@code GET})
     * @param status the HTTP status Workers KV answers with (400, 413 or 414)
     * @param detail the detail text
     * @return the exception
     */
    public static KvLimitException failed(String operation, int status, String detail) {
        return new KvLimitException("KV " + operation + " failed: " + status + " " + detail, status);
    }

    /**
     * Return the HTTP status Workers KV would answer with, or {@code 0} for key-naming
     * rules, which Workers KV reports as a {@code TypeError} before any request.
     * @return the status, {@code 0} if none
     */
    public int getStatus() {
        return this.status;
    }

}
