package io.unikv.transport.lettuce;

import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import io.lettuce.core.RedisCommandTimeoutException;
import io.unikv.KvAuthenticationException;
import io.unikv.KvConnectionException;
import io.unikv.KvException;
import io.unikv.KvTimeoutException;
import io.unikv.KvUnavailableException;
import org.jspecify.annotations.Nullable;

/**
 * Translates Lettuce and Spring failures into the SPI's exceptions, deciding by whether
 * the command may have reached the server.
 *
 * @author unikv authors
 */
final class Failures {

    private Failures() {
    }

    /**
     * Translate the failure of a command.
     * @param failure what Lettuce reported
     * @param command the command's name
     * @param written whether the command may have reached the server
     * @param timeout the connection's command timeout, for the message
     * @return the exception to fail the request with
     */
    static KvException translate(Throwable failure, String command, boolean written, Duration timeout) {
        Throwable cause = unwrap(failure);
        if (cause instanceof KvException kv) {
            return kv;
        }
        if (cause instanceof RedisCommandTimeoutException) {
            return new KvTimeoutException(command, timeout);
        }
        String auth = authenticationError(cause);
        if (auth != null) {
            return new KvAuthenticationException(auth);
        }
        if (!written) {
            return new KvUnavailableException("Command " + command + " was not sent: " + cause.getMessage(), cause);
        }
        return new KvConnectionException(
                "Connection failed after " + command + " was sent; it may have been applied: " + cause.getMessage(),
                cause);
    }

    /**
     * Translate a failure to connect.
     * @param failure what the client reported
     * @param target the transport's description
     * @return the exception
     */
    static KvException connect(Throwable failure, String target) {
        Throwable cause = unwrap(failure);
        if (cause instanceof KvException kv) {
            return kv;
        }
        String auth = authenticationError(cause);
        if (auth != null) {
            return new KvAuthenticationException(auth);
        }
        return new KvUnavailableException("Cannot connect to " + target + ": " + cause.getMessage(), cause);
    }

    /**
     * Return the server's text if a reply or failure is an authentication error.
     * @param text an error reply's text
     * @return whether it is {@code NOAUTH}/{@code WRONGPASS}
     */
    static boolean isAuthenticationError(String text) {
        return text.startsWith("NOAUTH") || text.startsWith("WRONGPASS");
    }

    private static @Nullable String authenticationError(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && (message.contains("NOAUTH") || message.contains("WRONGPASS"))) {
                return message.substring(Math.max(message.indexOf("NOAUTH"), message.indexOf("WRONGPASS")));
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

}
