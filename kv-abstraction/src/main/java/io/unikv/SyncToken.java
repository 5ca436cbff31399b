package io.unikv;

import java.util.Objects;

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
