package io.unikv.internal;

import java.util.concurrent.atomic.AtomicReference;

import io.unikv.Consistency;
import io.unikv.SyncToken;
import io.unikv.SyncTokenContext;
import io.unikv.transport.Request;
import org.jspecify.annotations.Nullable;

/**
 * The newest sync token a store has seen (session mode, like the Upstash SDKs): sent with
 * every request, replaced by the token of every successful response. Thread-safe.
 *
 * @author unikv authors
 */
public final class SessionTokens {

    private final AtomicReference<@Nullable SyncToken> current = new AtomicReference<>();

    /**
     * Return the token to send.
     * @return the token, or {@code null} before the first response
     */
    public @Nullable SyncToken current() {
        return this.current.get();
    }

    /**
     * Remember a token a server reported.
     * @param token the token, ignored if {@code null}
     */
    public void observe(@Nullable SyncToken token) {
        if (token != null) {
            this.current.accumulateAndGet(token, SyncToken::newer);
        }
    }

    /**
     * Give a request the token and consistency its reads must honour: none for
     * {@link Consistency#EVENTUAL}, otherwise the newer of this session's token and the
     * {@link SyncTokenContext} token of the calling thread.
     * @param request the request
     * @param consistency the store's consistency
     * @return the request to send
     */
    public Request stamp(Request request, Consistency consistency) {
        return new Request(request.mode(), request.commands(), tokenFor(consistency), consistency);
    }

    /**
     * Return the token a request's reads must honour: none for
     * {@link Consistency#EVENTUAL}, otherwise the newer of this session's token and the
     * {@link SyncTokenContext} token of the calling thread.
     * @param consistency the store's consistency
     * @return the token, or {@code null}
     */
    public @Nullable SyncToken tokenFor(Consistency consistency) {
        return (consistency != Consistency.EVENTUAL) ? SyncToken.newer(this.current.get(), SyncTokenContext.current())
                : null;
    }

}
