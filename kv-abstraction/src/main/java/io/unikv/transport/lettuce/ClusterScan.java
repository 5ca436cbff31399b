package io.unikv.transport.lettuce;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import io.unikv.transport.Command;
import io.unikv.transport.Reply;

/**
 * One step of a cluster-wide {@code SCAN}: the cursor
 * {@code <master index>:<node cursor>} says which master (in
 * {@link ClusterFanOut#masters} order) to scan from where; when a master's scan ends the
 * cursor moves to the next master, and it is {@code 0} only once the last master has
 * finished. A key is returned once if the topology does not change during the scan (a
 * resharding may repeat or skip keys, as it does for Lettuce's cluster scan).
 *
 * @author unikv authors
 */
final class ClusterScan {

    private ClusterScan() {
    }

    static CompletableFuture<Reply> step(StatefulRedisClusterConnection<byte[], byte[]> connection,
            List<String> masters, Command command) {
        String cursor = command.args().isEmpty() ? "0" : command.argAsString(0);
        int separator = cursor.indexOf(':');
        int index;
        String nodeCursor;
        try {
            index = (separator < 0) ? 0 : Integer.parseInt(cursor.substring(0, separator));
            nodeCursor = (separator < 0) ? cursor : cursor.substring(separator + 1);
            Long.parseUnsignedLong(nodeCursor);
        }
        catch (NumberFormatException ex) {
            return CompletableFuture.completedFuture(new Reply.Error("ERR invalid cursor"));
        }
        if (index < 0 || index >= masters.size() || (separator < 0 && !"0".equals(cursor))) {
            return CompletableFuture.completedFuture(new Reply.Error("ERR invalid cursor"));
        }
        List<Object> args = new ArrayList<>(command.args().size());
        args.add(nodeCursor);
        args.addAll(command.args().subList(Math.min(1, command.args().size()), command.args().size()));
        Command onNode = Command.read("SCAN", args.toArray());
        return ClusterFanOut.on(connection, masters.get(index), onNode)
            .thenApply((reply) -> next(reply, index, masters.size()));
    }

    private static Reply next(Reply reply, int index, int masters) {
        if (reply instanceof Reply.Error) {
            return reply;
        }
        List<Reply> parts = reply.asList();
        String nodeCursor = parts.get(0).asString();
        String cursor;
        if (!"0".equals(nodeCursor)) {
            cursor = index + ":" + nodeCursor;
        }
        else {
            cursor = (index + 1 < masters) ? (index + 1) + ":0" : "0";
        }
        return new Reply.Array(List.of(new Reply.Bulk(cursor.getBytes(StandardCharsets.UTF_8)), parts.get(1)));
    }

}
