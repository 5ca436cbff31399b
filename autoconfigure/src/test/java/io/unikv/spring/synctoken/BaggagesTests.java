package io.unikv.spring.synctoken;

import io.opentelemetry.api.baggage.Baggage;
import io.opentelemetry.context.Scope;
import io.unikv.SyncToken;
import io.unikv.SyncTokenContext;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.FilteredClassLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link Baggages}.
 *
 * @author unikv authors
 */
@SuppressWarnings("try") // scopes are opened for their effect
class BaggagesTests {

    @Test
    void readsTheTokenFromTheCurrentBaggage() {
        assertThat(Baggages.current()).isNull();
        try (Scope scope = Baggage.builder().put(Baggages.ENTRY, "17").build().makeCurrent()) {
            assertThat(Baggages.current()).isEqualTo(SyncToken.of("17"));
        }
        assertThat(Baggages.current()).isNull();
    }

    @Test
    void ignoresABadBaggageValue() {
        try (Scope scope = Baggage.builder().put(Baggages.ENTRY, "a b").build().makeCurrent()) {
            assertThat(Baggages.current()).isNull();
        }
    }

    @Test
    void openAddsTheEntryToExistingBaggageUntilClosed() {
        try (Scope outer = Baggage.builder().put("user", "u1").build().makeCurrent()) {
            try (SyncTokenContext.Scope scope = Baggages.open(SyncToken.of("3"))) {
                assertThat(Baggage.current().getEntryValue(Baggages.ENTRY)).isEqualTo("3");
                assertThat(Baggage.current().getEntryValue("user")).isEqualTo("u1");
            }
            assertThat(Baggage.current().getEntryValue(Baggages.ENTRY)).isNull();
        }
    }

    @Test
    void openWithoutTokenDoesNothing() {
        try (SyncTokenContext.Scope scope = Baggages.open(null)) {
            assertThat(Baggage.current().isEmpty()).isTrue();
        }
    }

    @Test
    void detectsAMissingOpenTelemetryApi() {
        assertThat(Baggages.isPresent(getClass().getClassLoader())).isTrue();
        assertThat(Baggages.isPresent(new FilteredClassLoader(Baggage.class))).isFalse();
    }

}
