package io.unikv.testserver.internal.engine;

/**
 * A value stored under a key. Implementations are mutable and only touched on the engine
 * thread.
 *
 * @author unikv authors
 */
public interface RedisValue {

    /**
     * Return the type.
     * @return the type
     */
    Values type();

    /**
     * Return the encoding {@code OBJECT ENCODING} reports, following Redis 7.0's default
     * thresholds.
     * @return the encoding name
     */
    String encoding();

    /**
     * Return a deep copy, for {@code COPY}.
     * @return the copy
     */
    RedisValue copy();

}
