package io.unikv.testserver.internal.replication;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import io.unikv.testserver.internal.engine.Engine;
import io.unikv.testserver.internal.engine.ReplicationInfo;

/**
 * A primary engine and its replica regions: every engine task's effects on the primary
 * become one entry of the replication log, offered to each {@link ReplicaLink}.
 *
 * @author unikv authors
 */
public final class Replication implements ReplicationInfo {

    private final Engine primary;

    private final Supplier<InetSocketAddress> primaryAddress;

    private final List<ReplicaLink> links = new CopyOnWriteArrayList<>();

    /**
     * Make an engine the primary of a replicated setup.
     * @param primary the primary's engine
     * @param primaryAddress its RESP address
     */
    public Replication(Engine primary, Supplier<InetSocketAddress> primaryAddress) {
        this.primary = primary;
        this.primaryAddress = primaryAddress;
        primary.replication(this);
        primary.replicationLog((entry) -> this.links.forEach((link) -> link.offer(entry)));
    }

    /**
     * Add a replica region. Call before clients connect.
     * @param region the region and its lag
     * @param replica the replica's engine, empty
     * @param address the replica's RESP address
     * @return the link feeding it
     */
    public ReplicaLink addReplica(RegionSpec region, Engine replica, Supplier<InetSocketAddress> address) {
        ReplicaLink link = new ReplicaLink(region, replica, this.primaryAddress, address);
        this.links.add(link);
        return link;
    }

    /**
     * Return the primary's engine.
     * @return the engine
     */
    public Engine primaryEngine() {
        return this.primary;
    }

    @Override
    public List<Replica> replicas() {
        return this.links.stream().map(ReplicaLink::describe).toList();
    }

}
