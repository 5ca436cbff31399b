package io.unikv.spring.synctoken;

import java.util.concurrent.atomic.AtomicReference;

import io.opentelemetry.api.baggage.Baggage;
import io.unikv.RedisStore;
import io.unikv.SyncToken;
import io.unikv.SyncTokenContext;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.test.web.client.RequestMatcher;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

/**
 * Tests for {@link SyncTokenClientInterceptor}.
 *
 * @author unikv authors
 */
@SuppressWarnings("try") // scopes are opened for their effect
class SyncTokenClientInterceptorTests {

    private final RedisStore store = RecordingTransport.store(new RecordingTransport());

    private final RestClient.Builder builder = RestClient.builder()
        .requestInterceptor(new SyncTokenClientInterceptor(this.store));

    private final MockRestServiceServer server = MockRestServiceServer.bindTo(this.builder).build();

    private final RestClient client = this.builder.build();

    @AfterEach
    void close() {
        this.store.close();
    }

    @Test
    void sendsTheStoreToken() {
        this.store.useSyncToken(SyncToken.of("12"));
        this.server.expect(requestTo("/b")).andExpect(tokenIs("12")).andRespond(withSuccess());
        this.client.get().uri("/b").retrieve().toBodilessEntity();
        this.server.verify();
    }

    @Test
    void sendsTheContextTokenWhenItIsNewer() {
        this.store.useSyncToken(SyncToken.of("12"));
        this.server.expect(requestTo("/b")).andExpect(tokenIs("30")).andRespond(withSuccess());
        try (SyncTokenContext.Scope scope = SyncTokenContext.open(SyncToken.of("30"))) {
            this.client.get().uri("/b").retrieve().toBodilessEntity();
        }
        this.server.verify();
    }

    @Test
    void sendsNoHeaderWithoutToken() {
        this.server.expect(requestTo("/b")).andExpect(tokenIs(null)).andRespond(withSuccess());
        this.client.get().uri("/b").retrieve().toBodilessEntity();
        this.server.verify();
    }

    @Test
    void replacesABadHeaderTheCallerSet() {
        this.store.useSyncToken(SyncToken.of("12"));
        this.server.expect(requestTo("/b")).andExpect(tokenIs("12")).andRespond(withSuccess());
        this.client.get().uri("/b").header(SyncToken.HEADER, "a b").retrieve().toBodilessEntity();
        this.server.verify();
    }

    @Test
    void tokenIsBaggageForTheDurationOfTheCall() {
        this.store.useSyncToken(SyncToken.of("12"));
        AtomicReference<@Nullable String> baggage = new AtomicReference<>();
        this.server.expect(requestTo("/b"))
            .andExpect((request) -> baggage.set(Baggage.current().getEntryValue("unikv.sync-token")))
            .andRespond(withSuccess());
        this.client.get().uri("/b").retrieve().toBodilessEntity();
        assertThat(baggage.get()).isEqualTo("12");
        assertThat(Baggage.current().getEntryValue("unikv.sync-token")).isNull();
    }

    @Test
    void adoptsTheResponseToken() {
        this.store.useSyncToken(SyncToken.of("12"));
        this.server.expect(requestTo("/b")).andRespond(withSuccess().header(SyncToken.HEADER, "15"));
        this.client.get().uri("/b").retrieve().toBodilessEntity();
        assertThat(this.store.syncToken()).isEqualTo(SyncToken.of("15"));
    }

    @Test
    void ignoresABadResponseToken() {
        this.store.useSyncToken(SyncToken.of("12"));
        this.server.expect(requestTo("/b")).andRespond(withSuccess().header(SyncToken.HEADER, "caf\u00e9"));
        this.client.get().uri("/b").retrieve().toBodilessEntity();
        assertThat(this.store.syncToken()).isEqualTo(SyncToken.of("12"));
    }

    private static RequestMatcher tokenIs(@Nullable String token) {
        return (request) -> assertThat(request.getHeaders().getFirst(SyncToken.HEADER)).isEqualTo(token);
    }

}
