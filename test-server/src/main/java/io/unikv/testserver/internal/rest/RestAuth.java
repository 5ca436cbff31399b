package io.unikv.testserver.internal.rest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.unikv.testserver.internal.engine.EngineSettings;
import io.unikv.testserver.internal.engine.Errors;
import io.unikv.testserver.internal.engine.User;
import org.jspecify.annotations.Nullable;

/**
 * Maps a request's token to a user, as Upstash does:
 * {@code Authorization: Bearer <token>} or, when no such header is sent, the
 * {@code _token} query parameter. The engine's password is the standard token, its
 * read-only password the read-only token; with neither configured every request runs as
 * the default user. Immutable.
 *
 * @author unikv authors
 */
final class RestAuth {

    private static final String BEARER = "bearer ";

    private final byte @Nullable [] token;

    private final byte @Nullable [] readOnlyToken;

    RestAuth(EngineSettings settings) {
        this.token = bytes(settings.password());
        this.readOnlyToken = bytes(settings.readOnlyPassword());
    }

    /**
     * Authenticate a request.
     * @param headers the request headers
     * @param target the request target, for {@code _token}
     * @return the user to run its commands as
     * @throws RestException (401) if the token is missing or matches neither token
     */
    User authenticate(HttpHeaders headers, RequestTarget target) {
        if (this.token == null && this.readOnlyToken == null) {
            return User.DEFAULT;
        }
        byte[] presented = bytes(presentedToken(headers, target));
        if (presented != null) {
            if (this.token != null && MessageDigest.isEqual(presented, this.token)) {
                return User.DEFAULT;
            }
            if (this.readOnlyToken != null && MessageDigest.isEqual(presented, this.readOnlyToken)) {
                return User.READ_ONLY;
            }
        }
        throw new RestException(HttpResponseStatus.UNAUTHORIZED, Errors.REST_UNAUTHORIZED);
    }

    private static @Nullable String presentedToken(HttpHeaders headers, RequestTarget target) {
        String authorization = headers.get(HttpHeaderNames.AUTHORIZATION);
        if (authorization == null) {
            return target.token();
        }
        String value = authorization.strip();
        if (value.length() > BEARER.length() && value.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return value.substring(BEARER.length()).strip();
        }
        return null;
    }

    private static byte @Nullable [] bytes(@Nullable String text) {
        return (text != null) ? text.getBytes(StandardCharsets.UTF_8) : null;
    }

}
