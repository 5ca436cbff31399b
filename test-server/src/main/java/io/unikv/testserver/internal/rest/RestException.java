package io.unikv.testserver.internal.rest;

import io.netty.handler.codec.http.HttpResponseStatus;

/**
 * A request the REST endpoint refuses before running anything: the HTTP status and the
 * error text of the {@code {"error": ...}} body.
 *
 * @author unikv authors
 */
final class RestException extends RuntimeException {

    private final HttpResponseStatus status;

    RestException(HttpResponseStatus status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    static RestException badRequest(String message) {
        return new RestException(HttpResponseStatus.BAD_REQUEST, message);
    }

    HttpResponseStatus status() {
        return this.status;
    }

}
