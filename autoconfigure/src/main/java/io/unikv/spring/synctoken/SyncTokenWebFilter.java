package io.unikv.spring.synctoken;

import java.util.Objects;

import io.unikv.KeyValueStore;
import io.unikv.SyncToken;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;

import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * The reactive counterpart of {@link SyncTokenServletFilter}.
 * <ul>
 * <li><b>In:</b> the token comes from the request header {@value SyncToken#HEADER} or,
 * when that is absent and the OpenTelemetry API is on the classpath, from the W3C baggage
 * entry {@code unikv.sync-token} of the baggage current when the filter runs. Bad values
 * are ignored. The token is written to the Reactor Context under
 * {@link SyncTokenThreadLocalAccessor#KEY}; with automatic context propagation enabled
 * ({@code Hooks.enableAutomaticContextPropagation()}, Boot:
 * {@code spring.reactor.context-propagation=auto}) the
 * {@link SyncTokenThreadLocalAccessor} makes it {@link io.unikv.SyncTokenContext}'s token
 * wherever operators run, so a {@code Mono.fromCallable(() -> store.get(key))} in a
 * handler honours it. Without automatic propagation, read the context entry yourself or
 * use {@code contextCapture()}.</li>
 * <li><b>Out:</b> just before the response commits, it carries {@value SyncToken#HEADER}
 * with {@code SyncToken.newer(store.syncToken(), incoming)}, so writes the handler made
 * are included; nothing is added when there is no token.</li>
 * </ul>
 * Thread-safe.
 *
 * @author unikv authors
 */
public class SyncTokenWebFilter implements WebFilter {

    private final KeyValueStore store;

    /**
     * Create a filter.
     * @param store the store whose newest token is reported to callers
     */
    public SyncTokenWebFilter(KeyValueStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        SyncToken incoming = SyncTokens.incoming(exchange.getRequest().getHeaders().getFirst(SyncToken.HEADER));
        exchange.getResponse().beforeCommit(() -> {
            SyncToken newest = SyncToken.newer(this.store.syncToken(), incoming);
            HttpHeaders headers = exchange.getResponse().getHeaders();
            if (newest != null) {
                headers.set(SyncToken.HEADER, newest.value());
            }
            return Mono.empty();
        });
        Mono<Void> filtered = chain.filter(exchange);
        return (incoming != null) ? filtered.contextWrite(Context.of(SyncTokenThreadLocalAccessor.KEY, incoming))
                : filtered;
    }

}
