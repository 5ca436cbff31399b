package io.unikv.testserver.internal.engine;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One client's pub/sub state: its channel, pattern and shard channel subscriptions and
 * whether it is a MONITOR. Engine thread only.
 *
 * @author unikv authors
 */
public final class ClientPubSub {

    final Set<ByteKey> channels = new LinkedHashSet<>();

    final Set<ByteKey> patterns = new LinkedHashSet<>();

    final Set<ByteKey> shardChannels = new LinkedHashSet<>();

    boolean monitor;

    ClientPubSub() {
    }

    /**
     * Return the subscribed channels, in subscription order.
     * @return the channels (read-only view for callers)
     */
    public Set<ByteKey> channels() {
        return java.util.Collections.unmodifiableSet(this.channels);
    }

    /**
     * Return the subscribed patterns, in subscription order.
     * @return the patterns
     */
    public Set<ByteKey> patterns() {
        return java.util.Collections.unmodifiableSet(this.patterns);
    }

    /**
     * Return the subscribed shard channels, in subscription order.
     * @return the shard channels
     */
    public Set<ByteKey> shardChannels() {
        return java.util.Collections.unmodifiableSet(this.shardChannels);
    }

    /**
     * Return the count SUBSCRIBE and PSUBSCRIBE replies carry: channels plus patterns.
     * @return the count
     */
    public int count() {
        return this.channels.size() + this.patterns.size();
    }

    /**
     * Return whether the client is in subscriber mode (any subscription, shard ones
     * included).
     * @return whether it is subscribed
     */
    public boolean subscribed() {
        return !this.channels.isEmpty() || !this.patterns.isEmpty() || !this.shardChannels.isEmpty();
    }

    /**
     * Return whether the client is a MONITOR.
     * @return whether it monitors
     */
    public boolean monitor() {
        return this.monitor;
    }

}
