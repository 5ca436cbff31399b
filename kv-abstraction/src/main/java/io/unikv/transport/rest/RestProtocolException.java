package io.unikv.transport.rest;

import io.unikv.KvConnectionException;

/**
 * A REST response that does not follow the protocol (not JSON, or not an envelope). The
 * request reached the server, so the outcome is unknown.
 *
 * @author unikv authors
 */
final class RestProtocolException extends KvConnectionException {

    private static final long serialVersionUID = 1L;

    RestProtocolException(String message) {
        super(message, null);
    }

}
