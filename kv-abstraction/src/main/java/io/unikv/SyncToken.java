package io.unikv;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A point in the primary's write history. Every write returns one; a read that carries a
 * token sees at least the writes up to that point, even when a replica serves it (DESIGN
 * §3).
 * <p>
 * Tokens are opaque: over REST they are the {@code upstash-sync-token} header exactly as
 * the server sent it, over TCP they are replication offsets. Hand them between stores and
 * services with {@link #value()} and {@link #of(String)}; never parse or compare them
 * yourself. Instances are immutable and compare by value.
 *
 * @author unikv authors
 */
public final class SyncToken {

    /** The header that carries a token between unikv services. */
    public static final String HEADER = "unikv-sync-token";

    private final String value;

    private SyncToken(String value) {
        this.value = value;
    }

    /**
     * Return the newer of two tokens: the larger offset when both are numbers (as the
     * unikv test server's and TCP replication offsets are), otherwise {@code second}, the
     * one received last.
     * @param first a token, or {@code null}
     * @param second a token, or {@code null}
     * @return the newer token, or {@code null} if both are
     */
    public static @Nullable SyncToken newer(@Nullable SyncToken first, @Nullable SyncToken second) {
        if (first == null) {
            return second;
        }
        if (second == null) {
            return first;
        }
        long a = first.offset();
        long b = second.offset();
        if (a >= 0 && b >= 0) {
            return (a >= b) ? first : second;
        }
        return second;
    }

    /**
     * Return the replication offset this token names, when it is a decimal number (TCP
     * tokens and the unikv test server's REST tokens are).
     * @return the offset, or {@code -1} for an opaque token
     */
    public long offset() {
        if (this.value.length() > 18) {
            return -1;
        }
        for (int i = 0; i < this.value.length(); i++) {
            char c = this.value.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
        }
        return Long.parseLong(this.value);
    }

    /**
     * Return the token for a value received from a server or another service.
     * @param value the token text; must not be empty (an empty header means "no token")
     * @return the token
     * @throws IllegalArgumentException if the value is empty or contains characters that
     * cannot travel in an HTTP header
     */
    public static SyncToken of(String value) {
        if (value.isEmpty()) {
            throw new IllegalArgumentException("A sync token must not be empty");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x21 || c > 0x7e) {
                throw new IllegalArgumentException("A sync token must be printable ASCII without spaces");
            }
        }
        return new SyncToken(value);
    }

    /**
     * Return the token text, suitable for an HTTP header.
     * @return the text
     */
    public String value() {
        return this.value;
    }

    @Override
    public boolean equals(Object other) {
        return (other instanceof SyncToken token) && this.value.equals(token.value);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(this.value);
    }

    @Override
    public String toString() {
        return this.value;
    }

}
