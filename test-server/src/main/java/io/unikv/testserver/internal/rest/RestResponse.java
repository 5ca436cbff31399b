package io.unikv.testserver.internal.rest;

import io.netty.handler.codec.http.HttpResponseStatus;

/**
 * An answer before it becomes HTTP: status, body and sync token. Status 204 stands for a
 * CORS preflight answer. Immutable.
 *
 * @param status the status
 * @param contentType the body's media type
 * @param body the body
 * @param syncToken the {@code upstash-sync-token} value: the engine's write offset
 * @param close whether to close the connection after it
 * @param drop whether to close the connection without answering (fault injection)
 * @author unikv authors
 */
record RestResponse(HttpResponseStatus status, String contentType, byte[] body, long syncToken, boolean close,
        boolean drop) {

    static final String JSON = "application/json";

    static final String RESP2 = "application/octet-stream";

    static RestResponse json(HttpResponseStatus status, byte[] body, long syncToken) {
        return new RestResponse(status, JSON, body, syncToken, false, false);
    }

    static RestResponse error(HttpResponseStatus status, String message, long syncToken) {
        return json(status, JsonReplyWriter.error(message), syncToken);
    }

    static RestResponse preflight(long syncToken) {
        return new RestResponse(HttpResponseStatus.NO_CONTENT, JSON, new byte[0], syncToken, false, false);
    }

    static RestResponse dropped(long syncToken) {
        return new RestResponse(HttpResponseStatus.OK, JSON, new byte[0], syncToken, true, true);
    }

    RestResponse closing() {
        return new RestResponse(this.status, this.contentType, this.body, this.syncToken, true, this.drop);
    }

}
