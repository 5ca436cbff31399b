package io.unikv.spring.synctoken;

import io.opentelemetry.api.baggage.Baggage;
import io.unikv.SyncToken;
import io.unikv.SyncTokenContext;
import org.jspecify.annotations.Nullable;

import org.springframework.util.ClassUtils;

/**
 * The sync token as a W3C baggage entry, when the OpenTelemetry API is on the classpath;
 * without it every method is a no-op. OpenTelemetry types are only touched in a nested
 * class, so this class loads without them.
 *
 * @author unikv authors
 */
final class Baggages {

    /** The baggage entry that carries the token. */
    static final String ENTRY = "unikv.sync-token";

    private static final boolean PRESENT = isPresent(Baggages.class.getClassLoader());

    private static final SyncTokenContext.Scope NO_SCOPE = () -> {
    };

    private Baggages() {
    }

    static boolean isPresent(@Nullable ClassLoader classLoader) {
        return ClassUtils.isPresent("io.opentelemetry.api.baggage.Baggage", classLoader);
    }

    /**
     * Return the token in the current baggage.
     * @return the token, or {@code null} without OpenTelemetry, entry or valid value
     */
    static @Nullable SyncToken current() {
        return PRESENT ? SyncTokens.parse(OpenTelemetry.current()) : null;
    }

    /**
     * Make the token part of the current baggage until the scope is closed, so that
     * OpenTelemetry's propagators send it on.
     * @param token the token, or {@code null} for a scope that does nothing
     * @return the scope; close it on the same thread
     */
    static SyncTokenContext.Scope open(@Nullable SyncToken token) {
        return (PRESENT && token != null) ? OpenTelemetry.open(token.value()) : NO_SCOPE;
    }

    private static final class OpenTelemetry {

        static @Nullable String current() {
            return Baggage.current().getEntryValue(ENTRY);
        }

        static SyncTokenContext.Scope open(String value) {
            io.opentelemetry.context.Scope scope = Baggage.current()
                .toBuilder()
                .put(ENTRY, value)
                .build()
                .makeCurrent();
            return scope::close;
        }

    }

}
