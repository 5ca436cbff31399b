package io.unikv.testserver.internal.engine;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The server's pub/sub registry: who is subscribed to which channel, pattern and shard
 * channel, message delivery, and MONITOR feeding. Deliveries to other connections go
 * through their sinks and are flushed at once; a message to the publishing client itself
 * lands before its reply, as in Redis. A closed client (an event stream whose HTTP client
 * left before it was subscribed) cannot subscribe. Engine thread only.
 *
 * @author unikv authors
 */
public final class PubSub {

    private static final Set<String> SUBSCRIBER_COMMANDS = Set.of("ping", "subscribe", "ssubscribe", "psubscribe",
            "unsubscribe", "sunsubscribe", "punsubscribe", "quit", "reset");

    private static final Set<String> CONTAINERS = Set.of("client", "config", "pubsub", "command", "object", "memory",
            "script", "function", "xinfo", "xgroup", "cluster", "acl", "slowlog", "latency", "module");

    private static final Reply MESSAGE = Reply.bulk("message");

    private static final Reply PMESSAGE = Reply.bulk("pmessage");

    private static final Reply SMESSAGE = Reply.bulk("smessage");

    private final Map<ByteKey, LinkedHashSet<Client>> channels = new LinkedHashMap<>();

    private final Map<ByteKey, LinkedHashSet<Client>> patterns = new LinkedHashMap<>();

    private final Map<ByteKey, LinkedHashSet<Client>> shardChannels = new LinkedHashMap<>();

    private final LinkedHashSet<Client> monitors = new LinkedHashSet<>();

    PubSub() {
    }

    /**
     * Subscribe a client to a channel.
     * @param client the client
     * @param channel the channel
     */
    public void subscribe(Client client, ByteKey channel) {
        if (!client.closed && client.pubSub.channels.add(channel)) {
            this.channels.computeIfAbsent(channel, (k) -> new LinkedHashSet<>()).add(client);
        }
    }

    /**
     * Unsubscribe a client from a channel.
     * @param client the client
     * @param channel the channel
     */
    public void unsubscribe(Client client, ByteKey channel) {
        if (client.pubSub.channels.remove(channel)) {
            remove(this.channels, channel, client);
        }
    }

    /**
     * Subscribe a client to a pattern.
     * @param client the client
     * @param pattern the pattern
     */
    public void psubscribe(Client client, ByteKey pattern) {
        if (!client.closed && client.pubSub.patterns.add(pattern)) {
            this.patterns.computeIfAbsent(pattern, (k) -> new LinkedHashSet<>()).add(client);
        }
    }

    /**
     * Unsubscribe a client from a pattern.
     * @param client the client
     * @param pattern the pattern
     */
    public void punsubscribe(Client client, ByteKey pattern) {
        if (client.pubSub.patterns.remove(pattern)) {
            remove(this.patterns, pattern, client);
        }
    }

    /**
     * Subscribe a client to a shard channel.
     * @param client the client
     * @param channel the shard channel
     */
    public void ssubscribe(Client client, ByteKey channel) {
        if (!client.closed && client.pubSub.shardChannels.add(channel)) {
            this.shardChannels.computeIfAbsent(channel, (k) -> new LinkedHashSet<>()).add(client);
        }
    }

    /**
     * Unsubscribe a client from a shard channel.
     * @param client the client
     * @param channel the shard channel
     */
    public void sunsubscribe(Client client, ByteKey channel) {
        if (client.pubSub.shardChannels.remove(channel)) {
            remove(this.shardChannels, channel, client);
        }
    }

    /**
     * Make a client a MONITOR.
     * @param client the client
     */
    public void monitor(Client client) {
        if (client.closed) {
            return;
        }
        client.pubSub.monitor = true;
        this.monitors.add(client);
    }

    /**
     * Drop every subscription of a client and stop it monitoring (RESET, disconnect).
     * @param client the client
     */
    public void reset(Client client) {
        for (ByteKey channel : new ArrayList<>(client.pubSub.channels)) {
            unsubscribe(client, channel);
        }
        for (ByteKey pattern : new ArrayList<>(client.pubSub.patterns)) {
            punsubscribe(client, pattern);
        }
        for (ByteKey channel : new ArrayList<>(client.pubSub.shardChannels)) {
            sunsubscribe(client, channel);
        }
        client.pubSub.monitor = false;
        this.monitors.remove(client);
    }

    /**
     * Deliver a message to the channel's subscribers and to the subscribers of every
     * matching pattern.
     * @param publisher the publishing client, or {@code null} for a message replicated
     * from the primary
     * @param channel the channel
     * @param message the message
     * @return the number of deliveries
     */
    public long publish(@Nullable Client publisher, byte[] channel, byte[] message) {
        long receivers = 0;
        ByteKey key = ByteKey.of(channel);
        Set<Client> direct = this.channels.get(key);
        if (direct != null) {
            for (Client client : new ArrayList<>(direct)) {
                deliver(publisher, client, new Reply.Push(List.of(MESSAGE, Reply.bulk(channel), Reply.bulk(message))));
                receivers++;
            }
        }
        for (Map.Entry<ByteKey, LinkedHashSet<Client>> entry : new ArrayList<>(this.patterns.entrySet())) {
            byte[] pattern = entry.getKey().bytes();
            if (Glob.matches(pattern, channel, false)) {
                for (Client client : new ArrayList<>(entry.getValue())) {
                    deliver(publisher, client, new Reply.Push(
                            List.of(PMESSAGE, Reply.bulk(pattern), Reply.bulk(channel), Reply.bulk(message))));
                    receivers++;
                }
            }
        }
        return receivers;
    }

    /**
     * Deliver a message to a shard channel's subscribers.
     * @param publisher the publishing client, or {@code null} for a message replicated
     * from the primary
     * @param channel the shard channel
     * @param message the message
     * @return the number of deliveries
     */
    public long spublish(@Nullable Client publisher, byte[] channel, byte[] message) {
        Set<Client> subscribers = this.shardChannels.get(ByteKey.of(channel));
        if (subscribers == null) {
            return 0;
        }
        long receivers = 0;
        for (Client client : new ArrayList<>(subscribers)) {
            deliver(publisher, client, new Reply.Push(List.of(SMESSAGE, Reply.bulk(channel), Reply.bulk(message))));
            receivers++;
        }
        return receivers;
    }

    /**
     * Return the channels with at least one subscriber.
     * @param shard whether to list shard channels
     * @return the channels
     */
    public Set<ByteKey> activeChannels(boolean shard) {
        return (shard ? this.shardChannels : this.channels).keySet();
    }

    /**
     * Return the number of subscribers of a channel, pattern subscriptions excluded.
     * @param channel the channel
     * @param shard whether it is a shard channel
     * @return the count
     */
    public int subscribers(ByteKey channel, boolean shard) {
        Set<Client> set = (shard ? this.shardChannels : this.channels).get(channel);
        return (set != null) ? set.size() : 0;
    }

    /**
     * Return the number of patterns with at least one subscriber.
     * @return the count
     */
    public int patternCount() {
        return this.patterns.size();
    }

    /**
     * Deliver a message to a client as it arrives: sent and flushed at once for another
     * connection; queued before the reply for the publishing client itself.
     * @param sender the client whose command causes it
     * @param target the receiving client
     * @param message the message
     */
    public static void deliver(@Nullable Client sender, Client target, Reply message) {
        if (target.closed) {
            return;
        }
        target.sink().send(message);
        if (target != sender) {
            target.sink().flush();
        }
    }

    /**
     * Return why a client may not run a command in its current mode: a RESP2 client in
     * subscriber mode runs only (P|S)SUBSCRIBE, (P|S)UNSUBSCRIBE, PING, QUIT and RESET; a
     * MONITOR may not touch the keyspace.
     * @param client the client
     * @param spec the command
     * @param args the arguments
     * @return the error text, or {@code null} if it may run
     */
    @Nullable String refusal(Client client, CommandSpec spec, byte[][] args) {
        if (client.protocol == 2 && client.pubSub.subscribed() && !SUBSCRIBER_COMMANDS.contains(spec.name())) {
            String name = spec.name();
            if (CONTAINERS.contains(name) && args.length > 1) {
                name = name + "|" + new String(args[1], StandardCharsets.UTF_8).toLowerCase(java.util.Locale.ROOT);
            }
            return Errors.subscriberContext(name);
        }
        if (client.pubSub.monitor && (spec.has(CommandSpec.Flag.READONLY) || spec.has(CommandSpec.Flag.WRITE))) {
            return Errors.MONITOR_KEYSPACE;
        }
        return null;
    }

    /**
     * Show an executed command to every MONITOR, in Redis's line format.
     * @param engine the engine, for the time
     * @param client the client that ran it
     * @param spec the command
     * @param args the arguments
     */
    void feedMonitors(Engine engine, Client client, CommandSpec spec, byte[][] args) {
        if (this.monitors.isEmpty() || spec.has(CommandSpec.Flag.ADMIN)) {
            return;
        }
        // commands a script runs show as Redis shows them: from the "lua" client
        String from = engine.scripts().running() ? "lua" : client.address();
        Reply line = new Reply.Simple(MonitorLine.format(engine.now(), client.db(), from, args));
        for (Client monitor : new ArrayList<>(this.monitors)) {
            engine.pushAfterReply(monitor, line);
        }
    }

    private static void remove(Map<ByteKey, LinkedHashSet<Client>> map, ByteKey key, Client client) {
        Set<Client> set = map.get(key);
        if (set != null) {
            set.remove(client);
            if (set.isEmpty()) {
                map.remove(key);
            }
        }
    }

}
