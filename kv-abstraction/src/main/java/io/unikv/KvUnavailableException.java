package io.unikv;

import org.jspecify.annotations.Nullable;

/**
 * The command was <em>not sent</em>: the circuit breaker for the target region is open,
 * the connection was refused, or no healthy region can serve it. Because nothing reached
 * the server, retrying later can never apply a write twice.
 *
 * @author unikv authors
 */
public class KvUnavailableException extends KvException {

    private static final long serialVersionUID = 1L;

    /**
     * Create an exception with a message and an optional cause.
     * @param message why the command could not be sent
     * @param cause the underlying failure, may be {@code null}
     */
    public KvUnavailableException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }

}
