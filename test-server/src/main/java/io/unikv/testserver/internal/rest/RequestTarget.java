package io.unikv.testserver.internal.rest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.unikv.testserver.internal.engine.Errors;
import org.jspecify.annotations.Nullable;

/**
 * A request URI split into percent-decoded path segments and query parameters. Decoding
 * yields raw bytes, so binary arguments survive ({@code %FF} is the byte 0xFF). Path
 * segments keep {@code +}; query parameters read it as a space (form encoding).
 * Immutable.
 *
 * @param path the raw path, without query
 * @param segments the decoded path segments, empty for the root
 * @param query the decoded query parameters in order
 * @author unikv authors
 */
record RequestTarget(String path, List<byte[]> segments, List<Parameter> query) {

    /** The query parameter that carries the token; never a command argument. */
    static final String TOKEN_PARAMETER = "_token";

    /**
     * Parse a request URI (origin form, or absolute form as sent to proxies).
     * @param uri the URI
     * @return the target
     * @throws RestException (400) on broken percent-encoding
     */
    static RequestTarget parse(String uri) {
        String rest = uri;
        int scheme = rest.indexOf("://");
        if (scheme > 0 && scheme < rest.indexOf('/')) {
            int slash = rest.indexOf('/', scheme + 3);
            rest = (slash >= 0) ? rest.substring(slash) : "/";
        }
        int hash = rest.indexOf('#');
        if (hash >= 0) {
            rest = rest.substring(0, hash);
        }
        int question = rest.indexOf('?');
        String path = (question >= 0) ? rest.substring(0, question) : rest;
        String rawQuery = (question >= 0) ? rest.substring(question + 1) : "";
        return new RequestTarget(path, segments(path), parameters(rawQuery));
    }

    /**
     * Return the {@code _token} query parameter.
     * @return the token, or {@code null} if absent
     */
    @Nullable String token() {
        for (Parameter parameter : this.query) {
            if (parameter.isToken()) {
                return (parameter.value() != null) ? new String(parameter.value(), StandardCharsets.UTF_8) : "";
            }
        }
        return null;
    }

    /**
     * Return whether the path is exactly one segment with this name (a trailing slash is
     * allowed).
     * @param name the name
     * @return whether the path names that route
     */
    boolean isRoute(String name) {
        String trimmed = this.path.endsWith("/") ? this.path.substring(0, this.path.length() - 1) : this.path;
        return trimmed.equals("/" + name);
    }

    private static List<byte[]> segments(String path) {
        List<byte[]> segments = new ArrayList<>();
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        if (trimmed.isEmpty()) {
            return segments;
        }
        for (String segment : trimmed.split("/", -1)) {
            segments.add(decode(segment, false));
        }
        return segments;
    }

    private static List<Parameter> parameters(String rawQuery) {
        List<Parameter> parameters = new ArrayList<>();
        for (String field : rawQuery.split("&")) {
            if (field.isEmpty()) {
                continue;
            }
            int equals = field.indexOf('=');
            byte[] name = decode((equals >= 0) ? field.substring(0, equals) : field, true);
            byte[] value = (equals >= 0) ? decode(field.substring(equals + 1), true) : null;
            parameters.add(new Parameter(name, value));
        }
        return parameters;
    }

    static byte[] decode(String text, boolean plusIsSpace) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 2 >= text.length()) {
                    throw RestException.badRequest(Errors.REST_BAD_URL);
                }
                int high = Character.digit(text.charAt(i + 1), 16);
                int low = Character.digit(text.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    throw RestException.badRequest(Errors.REST_BAD_URL);
                }
                out.write((high << 4) | low);
                i += 2;
            }
            else if (c == '+' && plusIsSpace) {
                out.write(' ');
            }
            else if (c <= 0xFF) {
                // Netty reads the request line as ISO-8859-1: each char is one raw byte
                out.write(c);
            }
            else {
                out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }

    /**
     * One query parameter.
     *
     * @param name the decoded name
     * @param value the decoded value, or {@code null} when the parameter has no {@code =}
     */
    record Parameter(byte[] name, byte @Nullable [] value) {

        boolean isToken() {
            return new String(this.name, StandardCharsets.UTF_8).equals(TOKEN_PARAMETER);
        }

    }

}
