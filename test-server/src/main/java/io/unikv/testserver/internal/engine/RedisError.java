package io.unikv.testserver.internal.engine;

/**
 * Thrown by command code to answer with an error reply; carries the full Redis error text
 * (prefix included). Has no stack trace: it is control flow, not a failure of the server.
 *
 * @author unikv authors
 */
public final class RedisError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Create an error reply.
     * @param message the full error text, for example {@code ERR syntax error}
     */
    public RedisError(String message) {
        super(message, null, false, false);
    }

}
