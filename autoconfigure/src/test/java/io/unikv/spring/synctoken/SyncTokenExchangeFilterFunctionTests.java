package io.unikv.spring.synctoken;

import java.util.concurrent.atomic.AtomicReference;

import io.opentelemetry.api.baggage.Baggage;
import io.unikv.RedisStore;
import io.unikv.SyncToken;
import io.unikv.SyncTokenContext;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SyncTokenExchangeFilterFunction}.
 *
 * @author unikv authors
 */
@SuppressWarnings("try") // scopes are opened for their effect
class SyncTokenExchangeFilterFunctionTests {

    private final RedisStore store = RecordingTransport.store(new RecordingTransport());

    private final SyncTokenExchangeFilterFunction filter = new SyncTokenExchangeFilterFunction(this.store);

    private final AtomicReference<@Nullable ClientRequest> sent = new AtomicReference<>();

    private final AtomicReference<@Nullable String> baggage = new AtomicReference<>();

    @AfterEach
    void close() {
        this.store.close();
    }

    @Test
    void sendsTheStoreToken() {
        this.store.useSyncToken(SyncToken.of("12"));
        this.filter.filter(request(), respondWith(null)).block();
        assertThat(sentToken()).isEqualTo("12");
    }

    @Test
    void sendsTheReactorContextTokenWhenItIsNewer() {
        this.store.useSyncToken(SyncToken.of("12"));
        this.filter.filter(request(), respondWith(null))
            .contextWrite(Context.of(SyncTokenThreadLocalAccessor.KEY, SyncToken.of("30")))
            .block();
        assertThat(sentToken()).isEqualTo("30");
    }

    @Test
    void sendsTheThreadLocalTokenWithoutAContextEntry() {
        Mono<ClientResponse> exchange = this.filter.filter(request(), respondWith(null));
        try (SyncTokenContext.Scope scope = SyncTokenContext.open(SyncToken.of("31"))) {
            exchange.block();
        }
        assertThat(sentToken()).isEqualTo("31");
    }

    @Test
    void sendsNoHeaderWithoutToken() {
        this.filter.filter(request(), respondWith(null)).block();
        ClientRequest request = this.sent.get();
        assertThat(request).isNotNull();
        assertThat(request.headers().containsHeader(SyncToken.HEADER)).isFalse();
    }

    @Test
    void tokenIsBaggageWhileTheExchangeIsSubscribed() {
        this.store.useSyncToken(SyncToken.of("12"));
        this.filter.filter(request(), respondWith(null)).block();
        assertThat(this.baggage.get()).isEqualTo("12");
        assertThat(Baggage.current().getEntryValue("unikv.sync-token")).isNull();
    }

    @Test
    void adoptsTheResponseToken() {
        this.store.useSyncToken(SyncToken.of("12"));
        this.filter.filter(request(), respondWith("15")).block();
        assertThat(this.store.syncToken()).isEqualTo(SyncToken.of("15"));
    }

    @Test
    void ignoresABadResponseToken() {
        this.store.useSyncToken(SyncToken.of("12"));
        this.filter.filter(request(), respondWith("a b")).block();
        assertThat(this.store.syncToken()).isEqualTo(SyncToken.of("12"));
    }

    private static ClientRequest request() {
        return ClientRequest.create(HttpMethod.GET, java.net.URI.create("http://service-b/orders/7")).build();
    }

    private ExchangeFunction respondWith(@Nullable String token) {
        return (request) -> {
            this.sent.set(request);
            this.baggage.set(Baggage.current().getEntryValue("unikv.sync-token"));
            ClientResponse.Builder response = ClientResponse.create(HttpStatus.OK);
            if (token != null) {
                response.header(SyncToken.HEADER, token);
            }
            return Mono.just(response.build());
        };
    }

    private @Nullable String sentToken() {
        ClientRequest request = this.sent.get();
        assertThat(request).isNotNull();
        return request.headers().getFirst(SyncToken.HEADER);
    }

}
