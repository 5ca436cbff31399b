package io.unikv.transport.region;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.unikv.SyncToken;
import io.unikv.transport.Command;
import io.unikv.transport.Reply;
import io.unikv.transport.Request;
import io.unikv.transport.Response;
import io.unikv.transport.Transport;
import org.jspecify.annotations.Nullable;

/**
 * Read-your-writes over RESP, where servers issue no sync tokens: {@code ROLE} pipelined
 * after a write on the primary's connection gives the replication offset that covers it,
 * and {@code ROLE} pipelined before a replica read tells whether that replica has applied
 * the offset. Neither adds a round trip; a read whose replica is behind is repeated on
 * the primary. Works on real Redis replicas and on the unikv test server's.
 *
 * @author unikv authors
 */
final class RoleTokens {

    private static final Command ROLE = Command.read("ROLE");

    private RoleTokens() {
    }

    /**
     * Send a write to the primary with {@code ROLE} after it (inside a transaction's
     * MULTI/EXEC, after a pipeline, or as a second request after a blocking command).
     * @param primary the primary's transport
     * @param request the write
     * @return the write's replies, with the primary's offset as sync token
     */
    static CompletableFuture<Response> write(Transport primary, Request request) {
        if (request.mode() == Request.Mode.SINGLE && request.commands().get(0).isBlocking()) {
            // a blocking command runs on its own connection: ask afterwards
            return primary.send(request)
                .thenCompose((response) -> primary.send(Request.single(ROLE))
                    .handle((role, failure) -> (failure != null) ? response
                            : new Response(response.replies(), offsetToken(role.reply()))));
        }
        List<Command> commands = new ArrayList<>(request.commands());
        commands.add(ROLE);
        Request.Mode mode = (request.mode() == Request.Mode.TRANSACTION) ? Request.Mode.TRANSACTION
                : Request.Mode.PIPELINE;
        return primary.send(new Request(mode, commands, request.syncToken(), request.consistency()))
            .thenApply((response) -> {
                List<Reply> replies = response.replies();
                Reply role = replies.get(replies.size() - 1);
                return new Response(replies.subList(0, replies.size() - 1),
                        SyncToken.newer(response.syncToken(), offsetToken(role)));
            });
    }

    /**
     * Send a read to a replica with {@code ROLE} before it; repeat it on the primary if
     * the replica has not applied the offset.
     * @param replica the replica region
     * @param primary the primary's transport
     * @param request the read
     * @param offset the offset the read's sync token names
     * @return the replies
     */
    static CompletableFuture<Response> read(Region replica, Transport primary, Request request, long offset) {
        List<Command> commands = new ArrayList<>(request.commands().size() + 1);
        commands.add(ROLE);
        commands.addAll(request.commands());
        Request checked = new Request(Request.Mode.PIPELINE, commands, request.syncToken(), request.consistency());
        return replica.transport().send(checked).thenCompose((response) -> {
            List<Reply> replies = response.replies();
            long applied = offset(replies.get(0));
            if (replica.observed(applied, offset)) {
                return primary.send(request);
            }
            return CompletableFuture.completedFuture(
                    new Response(replies.subList(1, replies.size()), SyncToken.of(Long.toString(applied))));
        });
    }

    private static @Nullable SyncToken offsetToken(Reply role) {
        long offset = offset(role);
        return (offset >= 0) ? SyncToken.of(Long.toString(offset)) : null;
    }

    /**
     * Return the replication offset in a {@code ROLE} reply:
     * {@code [master, offset, ...]} or {@code [slave, host, port, state, offset]}.
     * @param role the reply
     * @return the offset, or {@code -1} if the reply is an error or has another shape
     */
    static long offset(Reply role) {
        if (!(role instanceof Reply.Array array) || array.elements().isEmpty()) {
            return -1;
        }
        List<Reply> items = array.elements();
        String kind = items.get(0).asString();
        if ("master".equals(kind) && items.size() >= 2) {
            return items.get(1).asLong();
        }
        if ("slave".equals(kind) && items.size() >= 5) {
            return items.get(4).asLong();
        }
        return -1;
    }

}
