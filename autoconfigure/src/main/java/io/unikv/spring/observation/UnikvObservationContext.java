package io.unikv.spring.observation;

import java.util.Map;

import io.micrometer.common.KeyValues;
import io.micrometer.observation.transport.Kind;
import io.micrometer.observation.transport.Propagator;
import io.micrometer.observation.transport.RequestReplySenderContext;
import io.unikv.transport.Reply;
import io.unikv.transport.Request;
import io.unikv.transport.Response;
import org.jspecify.annotations.Nullable;

/**
 * The observation context of one request: the {@link Request} (the carrier), where it
 * went ({@link UnikvObservationTarget}), and after completion the {@link Response} or the
 * error. A client ({@link Kind#CLIENT}) sender context; nothing is propagated into the
 * request, which has no headers. Not thread-safe: one observation uses it.
 *
 * @author unikv authors
 */
public class UnikvObservationContext extends RequestReplySenderContext<Request, Response> {

    private static final Propagator.Setter<Request> NO_PROPAGATION = (carrier, key, value) -> {
    };

    private final UnikvObservationTarget target;

    private @Nullable Map<String, KeyValues> keyValuesCache;

    /**
     * Create the context of a request.
     * @param request the request about to be sent
     * @param target where it goes
     */
    public UnikvObservationContext(Request request, UnikvObservationTarget target) {
        this(request, target, target.authority());
    }

    UnikvObservationContext(Request request, UnikvObservationTarget target, String authority) {
        super(NO_PROPAGATION, Kind.CLIENT);
        setCarrier(request);
        this.target = target;
        setRemoteServiceName("redis");
        setRemoteServiceAddress(authority);
    }

    /**
     * Return the request.
     * @return the request
     */
    public Request getRequest() {
        Request request = getCarrier();
        if (request == null) {
            throw new IllegalStateException("No request");
        }
        return request;
    }

    /**
     * Return where the request went.
     * @return the target
     */
    public UnikvObservationTarget getTarget() {
        return this.target;
    }

    /**
     * Return the number of commands when the request is a pipeline or transaction of two
     * or more (OpenTelemetry's {@code db.operation.batch.size}).
     * @return the batch size, or {@code null} for a single command
     */
    public @Nullable Integer getBatchSize() {
        Request request = getRequest();
        int size = request.commands().size();
        return (request.mode() != Request.Mode.SINGLE && size > 1) ? size : null;
    }

    /**
     * Return the first error reply of the response, if any.
     * @return the error reply, or {@code null} when the request failed as a whole, has
     * not completed, or every reply succeeded
     */
    public Reply.@Nullable Error getErrorReply() {
        Response response = getResponse();
        if (response == null) {
            return null;
        }
        for (Reply reply : response.replies()) {
            if (reply instanceof Reply.Error error) {
                return error;
            }
        }
        return null;
    }

    /**
     * Return the cache of tag sets of the transport that created this context, if any.
     * @return the cache, or {@code null}
     */
    @Nullable Map<String, KeyValues> keyValuesCache() {
        return this.keyValuesCache;
    }

    void keyValuesCache(Map<String, KeyValues> cache) {
        this.keyValuesCache = cache;
    }

}
