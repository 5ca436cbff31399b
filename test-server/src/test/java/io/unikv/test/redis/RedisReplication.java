package io.unikv.test.redis;

import java.time.Duration;

/**
 * A running primary with one replica, injected into tests of
 * {@link RedisTopology#REPLICATION}. Thread-safe.
 *
 * @author unikv authors
 */
public interface RedisReplication {

    /**
     * Returns the primary, which accepts writes.
     * @return the primary, never {@code null}
     */
    RedisNode primary();

    /**
     * Returns the replica, which is read-only, replicates the primary and accepts
     * {@code DEBUG} commands from local connections (e.g. {@code DEBUG SLEEP}).
     * @return the replica, never {@code null}
     */
    RedisNode replica();

    /**
     * Blocks until the replica has acknowledged every write the primary accepted before
     * this call, from any connection (a {@code WAIT 1 <timeout>} on the primary).
     * @param timeout how long to wait at most; must be positive
     * @throws IllegalStateException if the replica has not caught up within the timeout;
     * the message contains the replica's recent log
     */
    void awaitReplicated(Duration timeout);

    /**
     * Like {@link #awaitReplicated(Duration)} with a timeout of ten seconds.
     * @throws IllegalStateException if the replica has not caught up in time
     */
    default void awaitReplicated() {
        awaitReplicated(Duration.ofSeconds(10));
    }

}
