package io.unikv.spring.synctoken;

import java.util.concurrent.atomic.AtomicReference;

import io.opentelemetry.api.baggage.Baggage;
import io.opentelemetry.context.Scope;
import io.unikv.RedisStore;
import io.unikv.SyncToken;
import io.unikv.SyncTokenContext;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Hooks;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.WebFilterChain;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SyncTokenWebFilter}.
 *
 * @author unikv authors
 */
@SuppressWarnings("try") // scopes are opened for their effect
class SyncTokenWebFilterTests {

    private final RecordingTransport transport = new RecordingTransport();

    private final RedisStore store = RecordingTransport.store(this.transport);

    private final SyncTokenWebFilter filter = new SyncTokenWebFilter(this.store);

    @BeforeAll
    static void enableContextPropagation() {
        Hooks.enableAutomaticContextPropagation();
    }

    @AfterAll
    static void disableContextPropagation() {
        Hooks.disableAutomaticContextPropagation();
    }

    @AfterEach
    void close() {
        this.store.close();
    }

    @Test
    void headerTokenIsInTheReactorContext() {
        AtomicReference<@Nullable Object> seen = new AtomicReference<>();
        WebFilterChain chain = (exchange) -> Mono.deferContextual((context) -> {
            seen.set(context.getOrDefault(SyncTokenThreadLocalAccessor.KEY, null));
            return Mono.empty();
        });
        this.filter.filter(exchange("7"), chain).block();
        assertThat(seen.get()).isEqualTo(SyncToken.of("7"));
    }

    @Test
    void storeCallInAHandlerOnAnotherThreadSeesTheToken() {
        WebFilterChain chain = (exchange) -> Mono.fromCallable(() -> this.store.get("order:7"))
            .subscribeOn(Schedulers.boundedElastic())
            .then();
        this.filter.filter(exchange("7"), chain).block();
        assertThat(this.transport.lastSyncToken()).isEqualTo(SyncToken.of("7"));
    }

    @Test
    void threadLocalIsSetInOperatorsAndClearedAfterwards() {
        AtomicReference<@Nullable SyncToken> inside = new AtomicReference<>();
        WebFilterChain chain = (exchange) -> Mono.just("x")
            .publishOn(Schedulers.parallel())
            .doOnNext((value) -> inside.set(SyncTokenContext.current()))
            .then();
        this.filter.filter(exchange("8"), chain).block();
        assertThat(inside.get()).isEqualTo(SyncToken.of("8"));
        assertThat(SyncTokenContext.current()).isNull();
    }

    @Test
    void responseCarriesTheNewestTokenWhenItCommits() {
        MockServerWebExchange exchange = exchange("7");
        WebFilterChain chain = (ex) -> Mono.fromRunnable(() -> this.store.useSyncToken(SyncToken.of("12")))
            .then(ex.getResponse().setComplete());
        this.filter.filter(exchange, chain).block();
        assertThat(exchange.getResponse().getHeaders().getFirst(SyncToken.HEADER)).isEqualTo("12");
    }

    @Test
    void responseCarriesTheIncomingTokenWhenTheStoreIsOlder() {
        this.store.useSyncToken(SyncToken.of("5"));
        MockServerWebExchange exchange = exchange("7");
        this.filter.filter(exchange, (ex) -> ex.getResponse().setComplete()).block();
        assertThat(exchange.getResponse().getHeaders().getFirst(SyncToken.HEADER)).isEqualTo("7");
    }

    @Test
    void badHeaderValuesAreIgnored() {
        for (String bad : new String[] { "", "a b", "caf\u00e9" }) {
            MockServerWebExchange exchange = exchange(bad);
            AtomicReference<@Nullable Object> seen = new AtomicReference<>("unset");
            WebFilterChain chain = (ex) -> Mono.deferContextual((context) -> {
                seen.set(context.getOrDefault(SyncTokenThreadLocalAccessor.KEY, null));
                return ex.getResponse().setComplete();
            });
            this.filter.filter(exchange, chain).block();
            assertThat(seen.get()).as(bad).isNull();
            assertThat(exchange.getResponse().getHeaders().containsHeader(SyncToken.HEADER)).isFalse();
        }
    }

    @Test
    void baggageIsUsedWhenTheHeaderIsAbsent() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/"));
        AtomicReference<@Nullable Object> seen = new AtomicReference<>();
        WebFilterChain chain = (ex) -> Mono.deferContextual((context) -> {
            seen.set(context.getOrDefault(SyncTokenThreadLocalAccessor.KEY, null));
            return ex.getResponse().setComplete();
        });
        try (Scope scope = Baggage.builder().put("unikv.sync-token", "9").build().makeCurrent()) {
            this.filter.filter(exchange, chain).block();
        }
        assertThat(seen.get()).isEqualTo(SyncToken.of("9"));
        assertThat(exchange.getResponse().getHeaders().getFirst(SyncToken.HEADER)).isEqualTo("9");
    }

    private static MockServerWebExchange exchange(String token) {
        return MockServerWebExchange.from(MockServerHttpRequest.get("/orders/7").header(SyncToken.HEADER, token));
    }

}
