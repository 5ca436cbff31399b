package io.unikv;

import org.jspecify.annotations.Nullable;

/**
 * The connection failed after the command was sent and before its reply arrived. The
 * outcome is unknown: the server may have applied the command. Only idempotent commands
 * may be retried after this exception.
 *
 * @author unikv authors
 */
public class KvConnectionException extends KvException {

    private static final long serialVersionUID = 1L;

    /**
     * Create an exception with a message and an optional cause.
     * @param message what failed
     * @param cause the underlying I/O failure, may be {@code null}
     */
    public KvConnectionException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }

}
