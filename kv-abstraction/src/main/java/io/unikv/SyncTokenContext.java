package io.unikv;

import org.jspecify.annotations.Nullable;

/**
 * A sync token that the current unit of work must honour, for example the token an
 * incoming HTTP request carried in its {@value SyncToken#HEADER} header: while a scope is
 * open on a thread, every store's reads on that thread also see the writes that token
 * covers (with {@link Consistency#READ_YOUR_WRITES}). Web filters open a scope per
 * request; tests and batch jobs can do so by hand:
 *
 * <pre class="code">
 * try (SyncTokenContext.Scope scope = SyncTokenContext.open(tokenFromUpstream)) {
 *     Order order = store.get("order:7", Order.class);   // sees the upstream write
 * }
 * </pre>
 *
 * Scopes nest and restore the previous token when closed. The holder is a thread local;
 * reactive code carries it with Micrometer's context propagation (the Spring Boot
 * integration registers an accessor).
 *
 * @author unikv authors
 */
public final class SyncTokenContext {

    private static final ThreadLocal<@Nullable SyncToken> CURRENT = new ThreadLocal<>();

    private SyncTokenContext() {
    }

    /**
     * Return the token of the innermost open scope on this thread.
     * @return the token, or {@code null} outside a scope
     */
    public static @Nullable SyncToken current() {
        return CURRENT.get();
    }

    /**
     * Make a token current on this thread until the returned scope is closed.
     * @param token the token, or {@code null} for a scope without one
     * @return the scope; close it on the same thread
     */
    public static Scope open(@Nullable SyncToken token) {
        SyncToken previous = CURRENT.get();
        set(token);
        return () -> set(previous);
    }

    /**
     * Set the current token without a scope, for context-propagation libraries that
     * restore thread locals themselves. Prefer {@link #open(SyncToken)}.
     * @param token the token, or {@code null} to clear it
     */
    public static void set(@Nullable SyncToken token) {
        if (token != null) {
            CURRENT.set(token);
        }
        else {
            CURRENT.remove();
        }
    }

    /**
     * An open scope; closing it restores the token that was current before.
     */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {

        @Override
        void close();

    }

}
