package io.unikv.spring.synctoken;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.unikv.RedisStore;
import io.unikv.testserver.UnikvTestServer;
import io.unikv.transport.rest.RestTransport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Hooks;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reactive path: a write through the primary, then a call with
 * {@link SyncTokenExchangeFilterFunction} to a router function behind
 * {@link SyncTokenWebFilter} whose handler reads from a replica that lags 150 ms with
 * {@code Mono.fromCallable(() -> store.get(...))} on another thread. Automatic context
 * propagation carries the token to that thread; without the filters the reads are stale.
 *
 * @author unikv authors
 */
class SyncTokenWebFluxIntegrationTests {

    private static final int ROUNDS = 200;

    private static final String MISSING = "<missing>";

    private static UnikvTestServer server;

    private static final List<RedisStore> stores = new ArrayList<>();

    @BeforeAll
    static void start() {
        Hooks.enableAutomaticContextPropagation();
        server = UnikvTestServer.builder().token("t").regions("us-east-1", "eu-west-1:150ms").start();
    }

    @AfterAll
    static void stop() {
        stores.forEach(RedisStore::close);
        server.close();
        Hooks.disableAutomaticContextPropagation();
    }

    @Test
    void withFiltersTheHandlerAlwaysSeesTheWrite() {
        RedisStore storeA = store("us-east-1");
        RedisStore storeB = store("eu-west-1");
        WebTestClient serviceB = WebTestClient.bindToRouterFunction(reader(storeB))
            .webFilter(new SyncTokenWebFilter(storeB))
            .configureClient()
            .filter(new SyncTokenExchangeFilterFunction(storeA))
            .build();
        assertThat(staleReads("reactive, with sync tokens", storeA, serviceB)).isZero();
    }

    @Test
    void withoutFiltersReadsAreStale() {
        RedisStore storeA = store("us-east-1");
        RedisStore storeB = store("eu-west-1");
        WebTestClient serviceB = WebTestClient.bindToRouterFunction(reader(storeB)).build();
        assertThat(staleReads("reactive, without sync tokens", storeA, serviceB)).isPositive();
    }

    private static int staleReads(String label, RedisStore storeA, WebTestClient serviceB) {
        int stale = 0;
        long start = System.nanoTime();
        for (int i = 0; i < ROUNDS; i++) {
            String key = "order:" + UUID.randomUUID();
            storeA.put(key, "value-" + key);
            String seen = serviceB.get()
                .uri("/read?key={key}", key)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
            if (MISSING.equals(seen)) {
                stale++;
            }
            else {
                assertThat(seen).isEqualTo("value-" + key);
            }
        }
        System.out.printf("%s: %d of %d reads stale, %d ms per round%n", label, stale, ROUNDS,
                (System.nanoTime() - start) / 1_000_000 / ROUNDS);
        return stale;
    }

    private static RouterFunction<ServerResponse> reader(RedisStore store) {
        return RouterFunctions.route()
            .GET("/read",
                    (request) -> Mono
                        .fromCallable(() -> store.get(request.queryParam("key").orElseThrow(), String.class))
                        .subscribeOn(Schedulers.boundedElastic())
                        .defaultIfEmpty(MISSING)
                        .flatMap((value) -> ServerResponse.ok().bodyValue(value)))
            .build();
    }

    private static RedisStore store(String region) {
        RedisStore store = RedisStore.builder()
            .transport(RestTransport.builder().url(server.region(region).restUrl()).token("t").build())
            .build();
        stores.add(store);
        return store;
    }

}
