package io.unikv.spring.synctoken;

import io.micrometer.context.ThreadLocalAccessor;
import io.unikv.SyncToken;
import io.unikv.SyncTokenContext;
import org.jspecify.annotations.Nullable;

/**
 * Micrometer context-propagation accessor that maps the Reactor Context entry
 * {@value #KEY} to {@link SyncTokenContext}, so that with automatic context propagation
 * ({@code Hooks.enableAutomaticContextPropagation()}, or Boot's
 * {@code spring.reactor.context-propagation=auto}) store calls inside reactive operators
 * see the token that {@link SyncTokenWebFilter} put into the context.
 * <p>
 * Registered with {@code ContextRegistry.getInstance()} through
 * {@code META-INF/services/io.micrometer.context.ThreadLocalAccessor}; register it by
 * hand only with a registry of your own. Stateless and thread-safe.
 *
 * @author unikv authors
 */
public final class SyncTokenThreadLocalAccessor implements ThreadLocalAccessor<SyncToken> {

    /** The context key, also the key of the token in the Reactor Context. */
    public static final String KEY = "unikv.sync-token";

    @Override
    public Object key() {
        return KEY;
    }

    @Override
    public @Nullable SyncToken getValue() {
        return SyncTokenContext.current();
    }

    @Override
    public void setValue(SyncToken value) {
        SyncTokenContext.set(value);
    }

    @Override
    public void setValue() {
        SyncTokenContext.set(null);
    }

}
