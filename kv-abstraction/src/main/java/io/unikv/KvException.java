package io.unikv;

import org.jspecify.annotations.Nullable;

/**
 * Root of every exception unikv throws. Unchecked, so callers handle only what they can
 * act on. Subclasses say what went wrong and, where it matters for retries, whether the
 * command may have been applied:
 * <ul>
 * <li>{@link KvServerException}: the server answered with an error reply (not
 * applied);</li>
 * <li>{@link KvLimitException}: a KV profile limit was violated (rejected before
 * sending);</li>
 * <li>{@link KvAuthenticationException}: missing, wrong or insufficient credentials;</li>
 * <li>{@link KvUnavailableException}: the command was not sent (circuit open, connection
 * refused, no healthy region);</li>
 * <li>{@link KvConnectionException} and {@link KvTimeoutException}: the outcome is
 * unknown, the command may or may not have been applied;</li>
 * <li>{@link KvCodecException}: a value could not be encoded or decoded.</li>
 * </ul>
 *
 * @author unikv authors
 */
public class KvException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Create an exception with a message.
     * @param message what went wrong
     */
    public KvException(String message) {
        super(message);
    }

    /**
     * Create an exception with a message and a cause.
     * @param message what went wrong
     * @param cause the underlying failure, may be {@code null}
     */
    public KvException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }

}
