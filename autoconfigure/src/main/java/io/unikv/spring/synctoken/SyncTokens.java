package io.unikv.spring.synctoken;

import io.unikv.KeyValueStore;
import io.unikv.SyncToken;
import org.jspecify.annotations.Nullable;

/**
 * Reading, merging and adopting tokens that arrive in headers: the rules every filter and
 * interceptor of this package share.
 *
 * @author unikv authors
 */
final class SyncTokens {

    /** Longer values are ignored rather than forwarded to the database. */
    static final int MAX_LENGTH = 1024;

    private SyncTokens() {
    }

    /**
     * Parse a header or baggage value; bad values are ignored, never an error, because
     * they come from the network.
     * @param value the value, or {@code null}
     * @return the token, or {@code null} when the value is absent, empty, too long or not
     * printable ASCII
     */
    static @Nullable SyncToken parse(@Nullable String value) {
        if (value == null || value.isEmpty() || value.length() > MAX_LENGTH) {
            return null;
        }
        try {
            return SyncToken.of(value);
        }
        catch (IllegalArgumentException ex) {
            return null;
        }
    }

    /**
     * Return the token an incoming request carries: its {@value SyncToken#HEADER} header
     * or, without a valid one, the W3C baggage entry {@value Baggages#ENTRY}.
     * @param header the header value, or {@code null}
     * @return the token, or {@code null}
     */
    static @Nullable SyncToken incoming(@Nullable String header) {
        SyncToken token = parse(header);
        return (token != null) ? token : Baggages.current();
    }

    /**
     * Return the token an outgoing request must carry.
     * @param store the store whose session token to hand on
     * @param context the unit of work's token, or {@code null}
     * @param explicit a header value the caller set itself, or {@code null}
     * @return the newest of the three, or {@code null}
     */
    static @Nullable SyncToken outgoing(KeyValueStore store, @Nullable SyncToken context, @Nullable String explicit) {
        return SyncToken.newer(SyncToken.newer(store.syncToken(), context), parse(explicit));
    }

    /**
     * Let a store's next reads see what a downstream service wrote.
     * @param store the store
     * @param header the response's header value, or {@code null}
     */
    static void adopt(KeyValueStore store, @Nullable String header) {
        SyncToken token = parse(header);
        if (token != null) {
            store.useSyncToken(token);
        }
    }

}
