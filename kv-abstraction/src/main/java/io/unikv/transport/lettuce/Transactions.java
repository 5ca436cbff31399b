package io.unikv.transport.lettuce;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.cluster.SlotHash;
import io.unikv.KvConnectionException;
import io.unikv.KvException;
import io.unikv.KvServerException;
import io.unikv.transport.Command;
import io.unikv.transport.Reply;
import io.unikv.transport.Response;

/**
 * Runs MULTI, the commands and EXEC on a dedicated connection and maps EXEC's array back
 * to one reply per command.
 *
 * @author unikv authors
 */
final class Transactions {

    private Transactions() {
    }

    static CompletableFuture<Response> run(DedicatedPool pool, boolean cluster, String target, List<Command> commands) {
        int slot;
        try {
            slot = cluster ? slotOf(commands) : -1;
        }
        catch (KvException ex) {
            return CompletableFuture.failedFuture(ex);
        }
        return pool.acquire().handle((connection, failure) -> {
            if (failure != null) {
                return CompletableFuture.<Response>failedFuture(Failures.connect(failure, target));
            }
            CompletableFuture<Response> result = connection.node(slot).thenCompose((node) -> exec(node, commands));
            return result.whenComplete((response, error) -> pool.release(connection,
                    error == null || Failures.unwrap(error) instanceof KvServerException));
        }).thenCompose((future) -> future);
    }

    private static int slotOf(List<Command> commands) {
        int slot = -1;
        for (Command command : commands) {
            if (ClusterFanOut.handles(command)) {
                throw new KvException(command.name() + " concerns every master of a Redis Cluster, but a transaction"
                        + " runs on one node; send it outside the transaction");
            }
            int key = KeyPositions.firstKey(command);
            if (key < 0) {
                continue;
            }
            int keySlot = SlotHash.getSlot(command.args().get(key));
            if (slot >= 0 && keySlot != slot) {
                throw new KvException("CROSSSLOT A transaction in a Redis Cluster must use keys of one hash slot, but "
                        + command.name() + " uses slot " + keySlot + " and an earlier command slot " + slot
                        + "; group the keys with a hash tag such as {user:1}");
            }
            slot = keySlot;
        }
        return slot;
    }

    private static CompletableFuture<Response> exec(StatefulRedisConnection<byte[], byte[]> node,
            List<Command> commands) {
        TransactionGuard guard = new TransactionGuard();
        GuardedCommand multi = GuardedCommand.framing(RawKeyword.MULTI, guard);
        guard.multi(multi);
        GuardedCommand exec = GuardedCommand.framing(RawKeyword.EXEC, guard);
        List<GuardedCommand> sent = new ArrayList<>(commands.size() + 2);
        sent.add(multi);
        for (Command command : commands) {
            sent.add(GuardedCommand.of(command, KeyPositions.firstKey(command), guard));
        }
        sent.add(exec);
        Duration timeout = node.getTimeout();
        return Dispatch.send(node, sent).thenApply((replies) -> {
            if (guard.tainted()) {
                throw new KvConnectionException("Connection lost during a transaction; it may have been applied", null);
            }
            if (replies.get(0) instanceof Reply.Error error) {
                throw new KvServerException(error.message());
            }
            Reply result = Dispatch.reply(exec, timeout);
            if (result instanceof Reply.Error error) {
                throw new KvServerException(error.message());
            }
            if (result.isNil()) {
                throw new KvServerException("EXECABORT Transaction discarded because a watched key changed");
            }
            List<Reply> replies2 = result.asList();
            if (replies2.size() != commands.size()) {
                throw new KvException(
                        "EXEC answered " + replies2.size() + " replies for " + commands.size() + " commands");
            }
            return new Response(replies2, null);
        });
    }

}
