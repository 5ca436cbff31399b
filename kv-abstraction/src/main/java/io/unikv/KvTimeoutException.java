package io.unikv;

import java.time.Duration;

/**
 * No reply arrived within the configured timeout. The outcome is unknown: the server may
 * have applied the command. Only idempotent commands may be retried after this exception.
 *
 * @author unikv authors
 */
public class KvTimeoutException extends KvException {

    private static final long serialVersionUID = 1L;

    private final Duration timeout;

    /**
     * Create an exception for a command that timed out.
     * @param command the command name, for the message
     * @param timeout the timeout that elapsed
     */
    public KvTimeoutException(String command, Duration timeout) {
        super("Command " + command + " timed out after " + timeout.toMillis() + " ms");
        this.timeout = timeout;
    }

    /**
     * Return the timeout that elapsed.
     * @return the timeout
     */
    public Duration getTimeout() {
        return this.timeout;
    }

}
