package io.unikv.test.redis;

import java.time.Duration;
import java.util.List;

import io.lettuce.core.Range;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.output.StatusOutput;
import io.lettuce.core.protocol.CommandArgs;
import io.lettuce.core.protocol.CommandType;

/**
 * Turns three freshly started cluster-mode servers into one cluster: assigns a third of
 * the slots to each, introduces them to each other and waits until all agree.
 *
 * @author unikv authors
 */
final class ClusterBootstrap {

    static final String STATE_OK = "Cluster state changed: ok";

    static final List<Range<Integer>> SLOTS = List.of(Range.create(0, 5460), Range.create(5461, 10922),
            Range.create(10923, 16383));

    private static final Duration FORMATION_TIMEOUT = Duration.ofSeconds(30);

    private ClusterBootstrap() {
    }

    /**
     * Forms the cluster and returns once every node reports {@code cluster_state:ok},
     * knows all nodes and sees all slots assigned.
     * @param servers the servers, one per entry of {@link #SLOTS}, watching for
     * {@link #STATE_OK}
     * @param admin a connection to each server, in the same order
     * @throws IllegalStateException if the cluster does not form in time
     */
    static void form(List<RedisServerProcess> servers, List<RedisCommands<String, String>> admin) {
        for (int i = 0; i < servers.size(); i++) {
            addSlots(admin.get(i), SLOTS.get(i));
        }
        // Introducing every pair directly is faster than letting gossip spread the news.
        for (int i = 0; i < servers.size(); i++) {
            for (int j = i + 1; j < servers.size(); j++) {
                meet(admin.get(i), servers.get(j));
            }
        }
        // A node only turns ok once it has learned every slot's owner, i.e. met every
        // node.
        for (RedisServerProcess server : servers) {
            server.awaitLog(STATE_OK, FORMATION_TIMEOUT);
        }
        for (int i = 0; i < servers.size(); i++) {
            verify(servers.get(i), admin.get(i).clusterInfo(), servers.size());
        }
    }

    @SuppressWarnings("unchecked")
    private static void addSlots(RedisCommands<String, String> node, Range<Integer> slots) {
        node.clusterAddSlotsRange(slots);
    }

    private static void meet(RedisCommands<String, String> from, RedisServerProcess to) {
        // Lettuce's clusterMeet(ip, port) has no bus-port argument; ours is not
        // port+10000.
        CommandArgs<String, String> args = new CommandArgs<>(StringCodec.UTF8).add("MEET")
            .add(to.node().host())
            .add(to.node().port())
            .add(to.busPort());
        from.dispatch(CommandType.CLUSTER, new StatusOutput<>(StringCodec.UTF8), args);
    }

    private static void verify(RedisServerProcess server, String info, int nodes) {
        List<String> expected = List.of("cluster_state:ok", "cluster_known_nodes:" + nodes,
                "cluster_slots_assigned:16384");
        List<String> lines = info.lines().map(String::strip).toList();
        if (!lines.containsAll(expected)) {
            throw new IllegalStateException(server.describe() + " expected " + expected + " in CLUSTER INFO:\n" + info
                    + "\noutput:\n" + server.logTail());
        }
    }

}
