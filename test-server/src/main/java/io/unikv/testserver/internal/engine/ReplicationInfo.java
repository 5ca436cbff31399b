package io.unikv.testserver.internal.engine;

import java.net.InetSocketAddress;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What {@code ROLE} and {@code INFO replication} report about an engine's place in a
 * replicated setup. The default is a primary without replicas.
 *
 * @author unikv authors
 */
public interface ReplicationInfo {

    /** A primary with no replicas. */
    ReplicationInfo STANDALONE = new ReplicationInfo() {
    };

    /**
     * Return whether the engine is a read-only replica.
     * @return {@code true} for a replica
     */
    default boolean replica() {
        return false;
    }

    /**
     * Return the primary's RESP address, for a replica.
     * @return host and port, or {@code null} on a primary
     */
    default @Nullable InetSocketAddress primary() {
        return null;
    }

    /**
     * Return whether a replica's link to its primary is up (not partitioned).
     * @return whether it is up; {@code true} on a primary
     */
    default boolean linkUp() {
        return true;
    }

    /**
     * Return the replicas of a primary.
     * @return the replicas, empty on a replica
     */
    default List<Replica> replicas() {
        return List.of();
    }

    /**
     * A replica as its primary reports it.
     *
     * @param address its RESP address
     * @param offset the offset it has applied
     * @param linkUp whether it is connected
     */
    record Replica(InetSocketAddress address, long offset, boolean linkUp) {
    }

}
