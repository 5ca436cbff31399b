package io.unikv.transport.rest;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import io.unikv.KvConnectionException;
import io.unikv.KvException;
import io.unikv.KvTimeoutException;
import io.unikv.KvUnavailableException;
import io.unikv.transport.Request;

/**
 * Turns what {@link java.net.http.HttpClient} throws into unikv's exceptions, which say
 * whether the request may have reached the server: a refused or timed-out connect is
 * {@link KvUnavailableException} (nothing sent), a request timeout
 * {@link KvTimeoutException} and any other I/O failure {@link KvConnectionException}
 * (outcome unknown). Stateless.
 *
 * @author unikv authors
 */
final class RestFailures {

    private RestFailures() {
    }

    static KvException map(Throwable failure, Request request, String endpoint, Duration timeout) {
        Throwable cause = unwrap(failure);
        if (cause instanceof KvException kv) {
            return kv;
        }
        if (cause instanceof HttpConnectTimeoutException) {
            return new KvUnavailableException(
                    "Could not connect to " + endpoint + " within " + timeout.toMillis() + " ms", cause);
        }
        if (cause instanceof HttpTimeoutException) {
            return new KvTimeoutException(describe(request), timeout);
        }
        if (isConnectFailure(cause)) {
            return new KvUnavailableException("Could not connect to " + endpoint + ": " + cause, cause);
        }
        if (cause instanceof IOException) {
            return new KvConnectionException("The connection to " + endpoint + " failed after " + describe(request)
                    + " was sent; the outcome is unknown: " + cause, cause);
        }
        return new KvConnectionException("Request " + describe(request) + " to " + endpoint + " failed: " + cause,
                cause);
    }

    static String describe(Request request) {
        return switch (request.mode()) {
            case SINGLE -> request.commands().get(0).name();
            case PIPELINE -> "PIPELINE (" + request.commands().size() + " commands)";
            case TRANSACTION -> "MULTI/EXEC (" + request.commands().size() + " commands)";
        };
    }

    private static boolean isConnectFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof java.nio.channels.UnresolvedAddressException
                    || t instanceof java.net.UnknownHostException) {
                return true;
            }
        }
        return false;
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

}
