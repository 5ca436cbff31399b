package io.unikv.spring.synctoken;

import java.util.concurrent.atomic.AtomicReference;

import io.opentelemetry.api.baggage.Baggage;
import io.opentelemetry.context.Scope;
import io.unikv.RedisStore;
import io.unikv.SyncToken;
import io.unikv.SyncTokenContext;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SyncTokenServletFilter}.
 *
 * @author unikv authors
 */
@SuppressWarnings("try") // scopes are opened for their effect
class SyncTokenServletFilterTests {

    private final RecordingTransport transport = new RecordingTransport();

    private final RedisStore store = RecordingTransport.store(this.transport);

    private final SyncTokenServletFilter filter = new SyncTokenServletFilter(this.store);

    private final MockHttpServletRequest request = new MockHttpServletRequest("GET", "/orders/7");

    private final MockHttpServletResponse response = new MockHttpServletResponse();

    @AfterEach
    void close() {
        this.store.close();
    }

    @Test
    void headerTokenIsCurrentWhileTheChainRuns() throws Exception {
        this.request.addHeader(SyncToken.HEADER, "7");
        AtomicReference<@Nullable SyncToken> seen = new AtomicReference<>();
        this.filter.doFilter(this.request, this.response, (req, res) -> seen.set(SyncTokenContext.current()));
        assertThat(seen.get()).isEqualTo(SyncToken.of("7"));
        assertThat(SyncTokenContext.current()).isNull();
    }

    @Test
    void storeReadsInsideTheChainCarryTheToken() throws Exception {
        this.request.addHeader(SyncToken.HEADER, "7");
        this.filter.doFilter(this.request, this.response, (req, res) -> this.store.get("order:7"));
        assertThat(this.transport.lastSyncToken()).isEqualTo(SyncToken.of("7"));
    }

    @Test
    void previousScopeIsRestoredAfterTheRequest() throws Exception {
        this.request.addHeader(SyncToken.HEADER, "7");
        try (SyncTokenContext.Scope outer = SyncTokenContext.open(SyncToken.of("1"))) {
            this.filter.doFilter(this.request, this.response, (req, res) -> {
            });
            assertThat(SyncTokenContext.current()).isEqualTo(SyncToken.of("1"));
        }
    }

    @Test
    void responseCarriesTheIncomingTokenWhenTheStoreIsOlder() throws Exception {
        this.store.useSyncToken(SyncToken.of("5"));
        this.request.addHeader(SyncToken.HEADER, "7");
        this.filter.doFilter(this.request, this.response, (req, res) -> {
        });
        assertThat(this.response.getHeader(SyncToken.HEADER)).isEqualTo("7");
    }

    @Test
    void responseCarriesTheStoreTokenWhenItIsNewer() throws Exception {
        this.request.addHeader(SyncToken.HEADER, "7");
        this.filter.doFilter(this.request, this.response, (req, res) -> this.store.useSyncToken(SyncToken.of("12")));
        assertThat(this.response.getHeader(SyncToken.HEADER)).isEqualTo("12");
    }

    @Test
    void tokenIsTakenWhenTheBodyStarts() throws Exception {
        this.filter.doFilter(this.request, this.response, (req, res) -> {
            this.store.useSyncToken(SyncToken.of("20"));
            res.getWriter().println();
            this.store.useSyncToken(SyncToken.of("30"));
            res.getWriter().print("done");
            res.flushBuffer();
        });
        assertThat(this.response.isCommitted()).isTrue();
        assertThat(this.response.getHeaders(SyncToken.HEADER)).containsExactly("20");
        assertThat(this.response.getContentAsString()).isEqualTo(System.lineSeparator() + "done");
    }

    @Test
    void tokenIsSetBeforeAnOutputStreamWrite() throws Exception {
        this.filter.doFilter(this.request, this.response, (req, res) -> {
            this.store.useSyncToken(SyncToken.of("20"));
            res.getOutputStream().write(new byte[] { 'o', 'k' });
            this.store.useSyncToken(SyncToken.of("30"));
        });
        assertThat(this.response.getHeaders(SyncToken.HEADER)).containsExactly("20");
        assertThat(this.response.getContentAsString()).isEqualTo("ok");
    }

    @Test
    void tokenIsSetBeforeSendError() throws Exception {
        this.filter.doFilter(this.request, this.response, (req, res) -> {
            this.store.useSyncToken(SyncToken.of("40"));
            ((HttpServletResponse) res).sendError(404);
            this.store.useSyncToken(SyncToken.of("50"));
        });
        assertThat(this.response.getStatus()).isEqualTo(404);
        assertThat(this.response.getHeaders(SyncToken.HEADER)).containsExactly("40");
    }

    @Test
    void tokenIsSetAgainAfterAReset() throws Exception {
        this.store.useSyncToken(SyncToken.of("20"));
        this.filter.doFilter(this.request, this.response, (req, res) -> {
            res.getWriter().print("partial");
            res.reset();
            this.store.useSyncToken(SyncToken.of("30"));
            res.getWriter().print("error");
        });
        assertThat(this.response.getHeaders(SyncToken.HEADER)).containsExactly("30");
        assertThat(this.response.getContentAsString()).isEqualTo("error");
    }

    @Test
    void nothingIsAddedToACommittedResponse() throws Exception {
        this.response.setCommitted(true);
        this.request.addHeader(SyncToken.HEADER, "7");
        this.filter.doFilter(this.request, this.response, (req, res) -> {
        });
        assertThat(this.response.getHeader(SyncToken.HEADER)).isNull();
    }

    @Test
    void noTokenNoHeader() throws Exception {
        AtomicReference<@Nullable SyncToken> seen = new AtomicReference<>(SyncToken.of("0"));
        this.filter.doFilter(this.request, this.response, (req, res) -> seen.set(SyncTokenContext.current()));
        assertThat(seen.get()).isNull();
        assertThat(this.response.containsHeader(SyncToken.HEADER)).isFalse();
    }

    @Test
    void badHeaderValuesAreIgnored() throws Exception {
        for (String bad : new String[] { "", " ", "a b", "caf\u00e9", "x".repeat(5000) }) {
            MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
            request.addHeader(SyncToken.HEADER, bad);
            MockHttpServletResponse response = new MockHttpServletResponse();
            AtomicReference<@Nullable SyncToken> seen = new AtomicReference<>(SyncToken.of("0"));
            this.filter.doFilter(request, response, (req, res) -> seen.set(SyncTokenContext.current()));
            assertThat(seen.get()).as(bad).isNull();
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.containsHeader(SyncToken.HEADER)).isFalse();
        }
    }

    @Test
    void baggageIsUsedWhenTheHeaderIsAbsent() throws Exception {
        AtomicReference<@Nullable SyncToken> seen = new AtomicReference<>();
        try (Scope scope = Baggage.builder().put("unikv.sync-token", "9").build().makeCurrent()) {
            this.filter.doFilter(this.request, this.response, (req, res) -> seen.set(SyncTokenContext.current()));
        }
        assertThat(seen.get()).isEqualTo(SyncToken.of("9"));
        assertThat(this.response.getHeader(SyncToken.HEADER)).isEqualTo("9");
    }

    @Test
    void headerWinsOverBaggage() throws Exception {
        this.request.addHeader(SyncToken.HEADER, "opaque");
        AtomicReference<@Nullable SyncToken> seen = new AtomicReference<>();
        try (Scope scope = Baggage.builder().put("unikv.sync-token", "9").build().makeCurrent()) {
            this.filter.doFilter(this.request, this.response, (req, res) -> seen.set(SyncTokenContext.current()));
        }
        assertThat(seen.get()).isEqualTo(SyncToken.of("opaque"));
    }

}
