package io.unikv;

/**
 * The server answered a command with an error reply, such as
 * {@code WRONGTYPE Operation against
 * a key holding the wrong kind of value} or
 * {@code NOSCRIPT No matching script. Please use
 * EVAL.}. The message is the server's text unchanged; {@link #getErrorCode()} is its
 * first word, Redis's error prefix. The command was not applied (Redis checks before it
 * writes), except inside a transaction where the other commands still ran.
 *
 * @author unikv authors
 */
public class KvServerException extends KvException {

    private static final long serialVersionUID = 1L;

    private final String errorCode;

    /**
     * Create an exception for a server error reply.
     * @param message the error text exactly as the server sent it
     */
    public KvServerException(String message) {
        super(message);
        this.errorCode = errorCodeOf(message);
    }

    /**
     * Return Redis's error prefix, the first word of the message, for example
     * {@code ERR}, {@code WRONGTYPE}, {@code NOSCRIPT}, {@code READONLY} or
     * {@code EXECABORT}.
     * @return the error code, never empty ({@code ERR} if the message has no prefix)
     */
    public String getErrorCode() {
        return this.errorCode;
    }

    /**
     * Return the error prefix of a Redis error text.
     * @param message a Redis error text
     * @return its first word, or {@code ERR} when the text is empty or starts with a
     * space
     */
    static String errorCodeOf(String message) {
        int end = message.indexOf(' ');
        String code = (end < 0) ? message : message.substring(0, end);
        return code.isEmpty() ? "ERR" : code;
    }

}
