package io.unikv;

/**
 * Credentials were missing, wrong, or do not allow the command: an HTTP 401 from a REST
 * endpoint, {@code WRONGPASS}/{@code NOAUTH} over RESP, {@code NOPERM} for a read-only
 * token, or a write refused on the client side because the store was configured with a
 * read-only token. Retrying with the same credentials cannot succeed.
 *
 * @author unikv authors
 */
public class KvAuthenticationException extends KvException {

    private static final long serialVersionUID = 1L;

    /**
     * Create an exception with a message.
     * @param message what was refused and why
     */
    public KvAuthenticationException(String message) {
        super(message);
    }

}
