package io.unikv.spring.observation;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.common.KeyValues;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.unikv.KvServerException;
import io.unikv.transport.ForwardingTransport;
import io.unikv.transport.Reply;
import io.unikv.transport.Request;
import io.unikv.transport.Response;
import io.unikv.transport.Transport;
import org.jspecify.annotations.Nullable;

/**
 * A transport that observes every request it forwards: one
 * {@link UnikvObservationDocumentation#OPERATION} observation per {@link #send(Request)},
 * started before the request is sent and stopped when its reply arrives, before the
 * caller's future completes (so a call's meters are recorded when it returns), without
 * blocking. A request that fails records the exception; an error reply records a
 * {@link KvServerException} holding only Redis's error prefix (error texts may quote
 * arguments). When the registry is a no-op the request is forwarded untouched.
 * Thread-safe.
 *
 * @author unikv authors
 */
public class ObservedTransport extends ForwardingTransport {

    private final ObservationRegistry registry;

    private static final DefaultUnikvObservationConvention DEFAULT_CONVENTION = new DefaultUnikvObservationConvention();

    private final @Nullable UnikvObservationConvention customConvention;

    private final DefaultUnikvObservationConvention defaultConvention;

    private final UnikvObservationTarget target;

    private final String authority;

    private final Map<String, KeyValues> keyValuesCache = new ConcurrentHashMap<>();

    /**
     * Observe a transport.
     * @param delegate the transport to observe
     * @param registry where observations go
     * @param convention the convention: a {@link DefaultUnikvObservationConvention} (or
     * subclass) is Micrometer's default convention, which a
     * {@link io.micrometer.observation.GlobalObservationConvention} on the registry
     * replaces; any other convention is a custom one and always applies
     * @param region the region the transport talks to
     * @param backend the backend name ({@code rest} or {@code tcp})
     */
    public ObservedTransport(Transport delegate, ObservationRegistry registry, UnikvObservationConvention convention,
            String region, String backend) {
        super(delegate);
        this.registry = registry;
        this.customConvention = (convention instanceof DefaultUnikvObservationConvention) ? null : convention;
        this.defaultConvention = (convention instanceof DefaultUnikvObservationConvention defaultConvention)
                ? defaultConvention : DEFAULT_CONVENTION;
        this.target = UnikvObservationTarget.of(region, backend, delegate.description());
        this.authority = this.target.authority();
    }

    @Override
    public CompletableFuture<Response> send(Request request) {
        if (this.registry.isNoop()) {
            return delegate().send(request);
        }
        UnikvObservationContext context = new UnikvObservationContext(request, this.target, this.authority);
        context.keyValuesCache(this.keyValuesCache);
        Observation observation = UnikvObservationDocumentation.OPERATION
            .observation(this.customConvention, this.defaultConvention, () -> context, this.registry)
            .start();
        CompletableFuture<Response> future;
        try (Observation.Scope scope = observation.openScope()) {
            future = delegate().send(request);
        }
        catch (RuntimeException ex) {
            observation.error(ex);
            observation.stop();
            throw ex;
        }
        // stopped before the caller sees the reply, so its meters are recorded when the
        // call returns
        return future.whenComplete((response, failure) -> {
            if (failure != null) {
                observation.error(unwrap(failure));
            }
            else {
                context.setResponse(response);
                Reply.Error reply = context.getErrorReply();
                if (reply != null) {
                    observation.error(new KvServerException(errorPrefix(reply.message())));
                }
            }
            observation.stop();
        });
    }

    /**
     * Return where requests go, as recorded on every observation.
     * @return the target
     */
    public UnikvObservationTarget target() {
        return this.target;
    }

    private static Throwable unwrap(Throwable failure) {
        return (failure instanceof CompletionException && failure.getCause() != null) ? failure.getCause() : failure;
    }

    private static String errorPrefix(String message) {
        int end = message.indexOf(' ');
        return (end < 0) ? message : message.substring(0, end);
    }

}
