package io.unikv.spring.synctoken;

import java.io.IOException;
import java.util.Objects;

import io.unikv.KeyValueStore;
import io.unikv.SyncToken;
import io.unikv.SyncTokenContext;

import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * A {@code RestClient} / {@code RestTemplate} interceptor that hands this service's sync
 * token to the service it calls, and takes back the token that service answers with.
 * <ul>
 * <li><b>Out:</b> the request carries {@value SyncToken#HEADER} with the newest of
 * {@code store.syncToken()}, {@link SyncTokenContext#current()} (for example the token
 * this service's own caller sent) and a valid header value the caller set itself. When
 * the OpenTelemetry API is on the classpath the token is also the baggage entry
 * {@code unikv.sync-token} of the current baggage while the call runs, so OpenTelemetry's
 * own propagator carries it in {@code baggage}.</li>
 * <li><b>Back:</b> a valid {@value SyncToken#HEADER} in the response is handed to
 * {@link KeyValueStore#useSyncToken(SyncToken)}, so this service's next reads see what
 * the called service wrote. Bad values are ignored.</li>
 * </ul>
 * Thread-safe.
 *
 * @author unikv authors
 */
public class SyncTokenClientInterceptor implements ClientHttpRequestInterceptor {

    private final KeyValueStore store;

    /**
     * Create an interceptor.
     * @param store the store whose session token is handed on and which adopts the tokens
     * of responses
     */
    public SyncTokenClientInterceptor(KeyValueStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
            throws IOException {
        SyncToken token = SyncTokens.outgoing(this.store, SyncTokenContext.current(),
                request.getHeaders().getFirst(SyncToken.HEADER));
        if (token != null) {
            request.getHeaders().set(SyncToken.HEADER, token.value());
        }
        ClientHttpResponse response;
        SyncTokenContext.Scope baggage = Baggages.open(token);
        try {
            response = execution.execute(request, body);
        }
        finally {
            baggage.close();
        }
        SyncTokens.adopt(this.store, response.getHeaders().getFirst(SyncToken.HEADER));
        return response;
    }

}
