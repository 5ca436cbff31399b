package io.unikv.testserver.internal.rest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import io.netty.buffer.ByteBufUtil;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.unikv.testserver.internal.engine.Errors;
import org.jspecify.annotations.Nullable;

/**
 * Reads what a request asks for. Routes: {@code /pipeline} and {@code /multi-exec} take a
 * JSON array of command arrays; the root takes one JSON command array; any other path is
 * a command, one argument per percent-decoded segment, then the raw body of a POST or PUT
 * (if any), then each query parameter as a name and a value ({@code _token} excepted).
 * Headers: {@code Upstash-Encoding: base64} and {@code Upstash-Response-Format}
 * ({@code json} or {@code resp2}). Thread-safe.
 *
 * @author unikv authors
 */
final class RestRequests {

    static final String ENCODING_HEADER = "Upstash-Encoding";

    static final String FORMAT_HEADER = "Upstash-Response-Format";

    private final JsonCommands json;

    RestRequests(int maxRequestBytes) {
        this.json = new JsonCommands(maxRequestBytes);
    }

    /**
     * Parse a request.
     * @param request the request
     * @param target its parsed URI
     * @return what to run
     * @throws RestException (400) for unknown formats and malformed commands
     */
    RestCall parse(FullHttpRequest request, RequestTarget target) {
        HttpHeaders headers = request.headers();
        boolean base64 = "base64".equalsIgnoreCase(strip(headers.get(ENCODING_HEADER)));
        boolean resp2 = resp2(headers.get(FORMAT_HEADER));
        if (resp2 && base64) {
            throw RestException.badRequest(Errors.REST_RESP2_WITH_BASE64);
        }
        ResponseEncoding encoding = ResponseEncoding.of(base64);
        byte[] body = ByteBufUtil.getBytes(request.content());
        if (target.isRoute("pipeline")) {
            return new RestCall(RestCall.Mode.PIPELINE, this.json.batch(body), resp2, encoding);
        }
        if (target.isRoute("multi-exec")) {
            if (resp2) {
                throw RestException.badRequest(Errors.REST_RESP2_TRANSACTION);
            }
            return new RestCall(RestCall.Mode.TRANSACTION, this.json.batch(body), false, encoding);
        }
        if (target.segments().isEmpty()) {
            if (body.length == 0) {
                throw RestException.badRequest(Errors.REST_EMPTY_COMMAND);
            }
            return new RestCall(RestCall.Mode.SINGLE, Collections.singletonList(this.json.command(body)), resp2,
                    encoding);
        }
        return new RestCall(RestCall.Mode.SINGLE,
                Collections.singletonList(pathCommand(request.method(), target, body)), resp2, encoding);
    }

    private static byte[][] pathCommand(HttpMethod method, RequestTarget target, byte[] body) {
        List<byte[]> args = new ArrayList<>(target.segments());
        if (body.length > 0 && (HttpMethod.POST.equals(method) || HttpMethod.PUT.equals(method))) {
            args.add(body);
        }
        for (RequestTarget.Parameter parameter : target.query()) {
            if (!parameter.isToken()) {
                args.add(parameter.name());
                if (parameter.value() != null) {
                    args.add(parameter.value());
                }
            }
        }
        return args.toArray(new byte[0][]);
    }

    private static boolean resp2(@Nullable String format) {
        if (format == null) {
            return false;
        }
        return switch (strip(format).toLowerCase(Locale.ROOT)) {
            case "json" -> false;
            case "resp2" -> true;
            default -> throw RestException.badRequest(Errors.REST_BAD_RESPONSE_FORMAT);
        };
    }

    private static String strip(@Nullable String value) {
        return (value != null) ? value.strip() : "";
    }

}
