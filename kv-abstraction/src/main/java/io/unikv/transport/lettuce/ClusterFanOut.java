package io.unikv.transport.lettuce;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;

import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import io.lettuce.core.cluster.models.partitions.RedisClusterNode;
import io.unikv.KvUnavailableException;
import io.unikv.transport.Command;
import io.unikv.transport.Reply;
import io.unikv.transport.Response;

/**
 * Node-wide commands on a cluster, sent to every master and merged the way Redis's
 * command tips ({@code request_policy}/{@code response_policy}) describe: {@code DBSIZE}
 * sums, {@code KEYS} concatenates, {@code FLUSHDB}, {@code FLUSHALL},
 * {@code SCRIPT LOAD}, {@code SCRIPT FLUSH}, {@code FUNCTION LOAD},
 * {@code FUNCTION DELETE}, {@code FUNCTION FLUSH}, {@code FUNCTION RESTORE} and
 * {@code CONFIG RESETSTAT} must succeed everywhere, {@code SCRIPT EXISTS} is true only
 * where every master has the script, {@code RANDOMKEY} asks a random master that has
 * keys, and {@code SCAN} walks the masters one after the other with a cursor
 * {@code <master index>:<node cursor>}. Other keyless commands are left to the cluster
 * connection (any master).
 *
 * @author unikv authors
 */
final class ClusterFanOut {

    private static final Set<String> ALL_MASTERS = Set.of("DBSIZE", "FLUSHDB", "FLUSHALL", "KEYS", "SCAN", "RANDOMKEY");

    private static final Set<String> SCRIPT = Set.of("LOAD", "EXISTS", "FLUSH");

    private static final Set<String> FUNCTION = Set.of("LOAD", "DELETE", "FLUSH", "RESTORE");

    private ClusterFanOut() {
    }

    /**
     * Return whether a command needs every master.
     * @param command the command
     * @return {@code true} if {@link #run} must send it
     */
    static boolean handles(Command command) {
        String name = command.name();
        if (ALL_MASTERS.contains(name)) {
            return true;
        }
        if (command.args().isEmpty()) {
            return false;
        }
        String sub = new String(command.args().get(0), StandardCharsets.UTF_8).toUpperCase(Locale.ROOT);
        return ("SCRIPT".equals(name) && SCRIPT.contains(sub)) || ("FUNCTION".equals(name) && FUNCTION.contains(sub))
                || ("CONFIG".equals(name) && "RESETSTAT".equals(sub));
    }

    /**
     * Send a pipeline whose commands may include node-wide ones: runs of ordinary
     * commands are pipelined as usual, and each node-wide command runs after the commands
     * before it completed, so replies and effects keep the pipeline's order.
     * @param connection the shared cluster connection
     * @param commands the commands
     * @return one reply per command
     */
    static CompletableFuture<Response> pipeline(StatefulRedisClusterConnection<byte[], byte[]> connection,
            List<Command> commands) {
        CompletableFuture<List<Reply>> chain = CompletableFuture.completedFuture(new ArrayList<>(commands.size()));
        int start = 0;
        while (start < commands.size()) {
            Command first = commands.get(start);
            if (handles(first)) {
                chain = chain.thenCompose((replies) -> run(connection, first).thenApply((reply) -> {
                    replies.add(reply);
                    return replies;
                }));
                start++;
                continue;
            }
            int end = start;
            while (end < commands.size() && !handles(commands.get(end))) {
                end++;
            }
            List<Command> ordinary = commands.subList(start, end);
            chain = chain.thenCompose((replies) -> Dispatch.pipeline(connection, ordinary).thenApply((response) -> {
                replies.addAll(response.replies());
                return replies;
            }));
            start = end;
        }
        return chain.thenApply((replies) -> new Response(replies, null));
    }

    /**
     * Run one node-wide command on the masters and merge their replies.
     * @param connection the shared cluster connection
     * @param command a command {@link #handles} accepts
     * @return the merged reply
     */
    static CompletableFuture<Reply> run(StatefulRedisClusterConnection<byte[], byte[]> connection, Command command) {
        List<String> masters = masters(connection);
        if (masters.isEmpty()) {
            return CompletableFuture.failedFuture(new KvUnavailableException("The cluster has no master", null));
        }
        return switch (command.name()) {
            case "SCAN" -> ClusterScan.step(connection, masters, command);
            case "RANDOMKEY" -> randomKey(connection, masters);
            default -> all(connection, masters, command).thenApply((replies) -> merge(command, replies));
        };
    }

    /**
     * Return the node IDs of the masters that serve slots, in a stable order.
     */
    static List<String> masters(StatefulRedisClusterConnection<byte[], byte[]> connection) {
        List<String> masters = new ArrayList<>();
        for (RedisClusterNode node : connection.getPartitions()) {
            if (node.is(RedisClusterNode.NodeFlag.UPSTREAM) && !node.hasNoSlots()) {
                masters.add(node.getNodeId());
            }
        }
        masters.sort(Comparator.naturalOrder());
        return masters;
    }

    /**
     * Send a command to one node.
     */
    static CompletableFuture<Reply> on(StatefulRedisClusterConnection<byte[], byte[]> connection, String nodeId,
            Command command) {
        return connection.getConnectionAsync(nodeId)
            .thenCompose((node) -> Dispatch.send(node, List.of(GuardedCommand.of(command, -1, null))))
            .thenApply((replies) -> replies.get(0));
    }

    private static CompletableFuture<List<Reply>> all(StatefulRedisClusterConnection<byte[], byte[]> connection,
            List<String> masters, Command command) {
        List<CompletableFuture<Reply>> sent = new ArrayList<>(masters.size());
        for (String master : masters) {
            sent.add(on(connection, master, command));
        }
        return CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new))
            .thenApply((ignored) -> sent.stream().map(CompletableFuture::join).toList());
    }

    private static Reply merge(Command command, List<Reply> replies) {
        for (Reply reply : replies) {
            if (reply instanceof Reply.Error) {
                return reply;
            }
        }
        if ("DBSIZE".equals(command.name())) {
            return new Reply.Int(replies.stream().mapToLong(Reply::asLong).sum());
        }
        if ("KEYS".equals(command.name())) {
            List<Reply> keys = new ArrayList<>();
            replies.forEach((reply) -> keys.addAll(reply.asList()));
            return new Reply.Array(keys);
        }
        if ("SCRIPT".equals(command.name()) && "EXISTS".equalsIgnoreCase(command.argAsString(0))) {
            return allExist(replies);
        }
        return replies.get(0);
    }

    private static Reply allExist(List<Reply> replies) {
        List<Reply> first = replies.get(0).asList();
        List<Reply> merged = new ArrayList<>(first.size());
        for (int i = 0; i < first.size(); i++) {
            boolean everywhere = true;
            for (Reply reply : replies) {
                everywhere &= reply.asList().get(i).asLong() == 1;
            }
            merged.add(new Reply.Int(everywhere ? 1 : 0));
        }
        return new Reply.Array(merged);
    }

    private static CompletableFuture<Reply> randomKey(StatefulRedisClusterConnection<byte[], byte[]> connection,
            List<String> masters) {
        return all(connection, masters, Command.read("DBSIZE")).thenCompose((sizes) -> {
            List<String> withKeys = new ArrayList<>();
            for (int i = 0; i < sizes.size(); i++) {
                if (sizes.get(i) instanceof Reply.Error) {
                    return CompletableFuture.completedFuture(sizes.get(i));
                }
                if (sizes.get(i).asLong() > 0) {
                    withKeys.add(masters.get(i));
                }
            }
            if (withKeys.isEmpty()) {
                return CompletableFuture.completedFuture(Reply.NIL);
            }
            String chosen = withKeys.get(ThreadLocalRandom.current().nextInt(withKeys.size()));
            return on(connection, chosen, Command.read("RANDOMKEY"));
        });
    }

}
