package io.unikv.spring.synctoken;

import java.util.Objects;

import io.unikv.KeyValueStore;
import io.unikv.SyncToken;
import io.unikv.SyncTokenContext;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.util.context.ContextView;

import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;

/**
 * The {@code WebClient} counterpart of {@link SyncTokenClientInterceptor}.
 * <ul>
 * <li><b>Out:</b> when the exchange is subscribed, the request gets
 * {@value SyncToken#HEADER} with the newest of {@code store.syncToken()}, the token in
 * the subscriber's Reactor Context under {@link SyncTokenThreadLocalAccessor#KEY} (put
 * there by {@link SyncTokenWebFilter}) or else {@link SyncTokenContext#current()}, and a
 * valid header value the caller set itself. When the OpenTelemetry API is on the
 * classpath the token is also the baggage entry {@code unikv.sync-token} of the current
 * baggage while the exchange is created and subscribed, for propagators that run on the
 * subscribing thread; the header is the carrier to rely on.</li>
 * <li><b>Back:</b> a valid {@value SyncToken#HEADER} in the response is handed to
 * {@link KeyValueStore#useSyncToken(SyncToken)}. Bad values are ignored.</li>
 * </ul>
 * Thread-safe.
 *
 * @author unikv authors
 */
public class SyncTokenExchangeFilterFunction implements ExchangeFilterFunction {

    private final KeyValueStore store;

    /**
     * Create a filter function.
     * @param store the store whose session token is handed on and which adopts the tokens
     * of responses
     */
    public SyncTokenExchangeFilterFunction(KeyValueStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
        return Mono.deferContextual((context) -> {
            SyncToken token = SyncTokens.outgoing(this.store, contextToken(context),
                    request.headers().getFirst(SyncToken.HEADER));
            ClientRequest outgoing = (token != null) ? ClientRequest.from(request)
                .headers((headers) -> headers.set(SyncToken.HEADER, token.value()))
                .build() : request;
            Mono<ClientResponse> exchange = (token != null) ? Mono.from((subscriber) -> {
                // The connector may build and send the request on this thread during
                // assembly or subscription: both happen inside the baggage scope.
                SyncTokenContext.Scope baggage = Baggages.open(token);
                try {
                    next.exchange(outgoing).subscribe(subscriber);
                }
                finally {
                    baggage.close();
                }
            }) : next.exchange(outgoing);
            return exchange.doOnNext((response) -> SyncTokens.adopt(this.store,
                    response.headers().asHttpHeaders().getFirst(SyncToken.HEADER)));
        });
    }

    private static @Nullable SyncToken contextToken(ContextView context) {
        Object value = context.getOrDefault(SyncTokenThreadLocalAccessor.KEY, null);
        return (value instanceof SyncToken token) ? token : SyncTokenContext.current();
    }

}
