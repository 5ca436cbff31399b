package io.unikv;

import org.jspecify.annotations.Nullable;

/**
 * A value could not be encoded for storage or decoded into the requested type, for
 * example a POJO given to a codec without JSON support, or stored bytes that are not
 * valid JSON for the requested class. Nothing was sent when encoding fails.
 *
 * @author unikv authors
 */
public class KvCodecException extends KvException {

    private static final long serialVersionUID = 1L;

    /**
     * Create an exception with a message and an optional cause.
     * @param message what could not be converted and why
     * @param cause the underlying failure, may be {@code null}
     */
    public KvCodecException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }

}
