package io.unikv.spring.synctoken;

import java.io.IOException;
import java.util.Objects;

import io.unikv.KeyValueStore;
import io.unikv.SyncToken;
import io.unikv.SyncTokenContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A servlet filter that lets a request's reads see the writes an upstream service made
 * before calling it, and tells the caller the newest token after this service's own work.
 * <ul>
 * <li><b>In:</b> the token comes from the request header {@value SyncToken#HEADER} or,
 * when that is absent and the OpenTelemetry API is on the classpath, from the W3C baggage
 * entry {@code unikv.sync-token} of the current baggage. Bad values (empty, too long, not
 * printable ASCII) are ignored as if absent, never an error. The token is made current
 * with {@link SyncTokenContext#open(SyncToken)} while the rest of the chain runs on the
 * request thread, so every store in {@link io.unikv.Consistency#READ_YOUR_WRITES} mode
 * honours it.</li>
 * <li><b>Out:</b> the response carries {@value SyncToken#HEADER} with
 * {@code SyncToken.newer(store.syncToken(), incoming)}. The response is wrapped, and the
 * token is taken just before it commits: at the first byte or character of the body,
 * {@code flushBuffer}, {@code sendError}, {@code sendRedirect}, or, when the chain wrote
 * nothing, after the chain returns. Writes the handler made before it started the body
 * are therefore included. Nothing is added to a response that is already committed, or
 * when there is no token.</li>
 * </ul>
 * Only the initial dispatch is filtered: work that an asynchronous request does on other
 * threads must open its own {@link SyncTokenContext} scope. Thread-safe.
 *
 * @author unikv authors
 */
public class SyncTokenServletFilter extends OncePerRequestFilter {

    private final KeyValueStore store;

    /**
     * Create a filter.
     * @param store the store whose newest token is reported to callers
     */
    public SyncTokenServletFilter(KeyValueStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SyncToken incoming = SyncTokens.incoming(request.getHeader(SyncToken.HEADER));
        SyncTokenResponseWrapper wrapper = new SyncTokenResponseWrapper(response,
                () -> SyncToken.newer(this.store.syncToken(), incoming));
        SyncTokenContext.Scope scope = SyncTokenContext.open(incoming);
        try {
            chain.doFilter(request, wrapper);
        }
        finally {
            scope.close();
            wrapper.addTokenHeader();
        }
    }

}
