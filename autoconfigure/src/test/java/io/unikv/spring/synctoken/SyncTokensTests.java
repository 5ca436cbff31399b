package io.unikv.spring.synctoken;

import io.unikv.RedisStore;
import io.unikv.SyncToken;
import io.unikv.SyncTokenContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SyncTokens}.
 *
 * @author unikv authors
 */
class SyncTokensTests {

    @Test
    void parseAcceptsPrintableAscii() {
        assertThat(SyncTokens.parse("42")).isEqualTo(SyncToken.of("42"));
        assertThat(SyncTokens.parse("opaque-Token_1")).isEqualTo(SyncToken.of("opaque-Token_1"));
    }

    @Test
    void parseIgnoresBadValues() {
        assertThat(SyncTokens.parse(null)).isNull();
        assertThat(SyncTokens.parse("")).isNull();
        assertThat(SyncTokens.parse("4 2")).isNull();
        assertThat(SyncTokens.parse("caf\u00e9")).isNull();
        assertThat(SyncTokens.parse("1\n2")).isNull();
        assertThat(SyncTokens.parse("7".repeat(SyncTokens.MAX_LENGTH + 1))).isNull();
        assertThat(SyncTokens.parse("7".repeat(SyncTokens.MAX_LENGTH))).isNotNull();
    }

    @Test
    void outgoingIsTheNewestOfStoreContextAndExplicit() {
        try (RedisStore store = RecordingTransport.store(new RecordingTransport())) {
            assertThat(SyncTokens.outgoing(store, null, null)).isNull();
            store.useSyncToken(SyncToken.of("10"));
            assertThat(SyncTokens.outgoing(store, SyncToken.of("5"), null)).isEqualTo(SyncToken.of("10"));
            assertThat(SyncTokens.outgoing(store, SyncToken.of("20"), "bad value")).isEqualTo(SyncToken.of("20"));
            assertThat(SyncTokens.outgoing(store, SyncToken.of("20"), "30")).isEqualTo(SyncToken.of("30"));
        }
    }

    @Test
    void adoptHandsValidTokensToTheStore() {
        try (RedisStore store = RecordingTransport.store(new RecordingTransport())) {
            SyncTokens.adopt(store, "not valid");
            SyncTokens.adopt(store, null);
            assertThat(store.syncToken()).isNull();
            SyncTokens.adopt(store, "12");
            assertThat(store.syncToken()).isEqualTo(SyncToken.of("12"));
        }
    }

    @Test
    void incomingWithoutHeaderOrBaggageIsNull() {
        assertThat(SyncTokens.incoming(null)).isNull();
        assertThat(SyncTokenContext.current()).isNull();
    }

}
