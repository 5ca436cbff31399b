package io.unikv.testserver.internal.rest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.unikv.testserver.internal.engine.Client;
import io.unikv.testserver.internal.engine.Engine;
import io.unikv.testserver.internal.engine.Errors;
import io.unikv.testserver.internal.engine.Reply;
import io.unikv.testserver.internal.engine.User;
import org.jspecify.annotations.Nullable;

/**
 * Runs REST requests on the engine. Each request gets an ephemeral client, authenticated
 * as the token's user, that lives for one {@link Engine#call engine call}: a whole
 * pipeline runs in that call, and a transaction runs MULTI, its commands and EXEC there,
 * so nothing interleaves with it. Thread-safe.
 *
 * @author unikv authors
 */
final class RestExecutor {

    private final Engine engine;

    RestExecutor(Engine engine) {
        this.engine = engine;
    }

    /**
     * Run a request.
     * @param call the request
     * @param user the user its token maps to
     * @param peer the peer address, for CLIENT LIST
     * @param local the local address
     * @return the outcome, completed on the engine thread
     */
    CompletableFuture<RestOutcome> execute(RestCall call, User user, String peer, String local) {
        RestSink sink = new RestSink();
        Client client = this.engine.connect(peer, local, sink);
        return this.engine.call(() -> {
            try {
                client.user(user);
                List<Reply> replies = new ArrayList<>(call.commands().size());
                String abort = null;
                if (call.mode() == RestCall.Mode.TRANSACTION) {
                    abort = transaction(client, user, call.commands(), replies);
                }
                else {
                    for (byte[][] args : call.commands()) {
                        replies.add(run(client, user, args));
                        if (sink.dropped()) {
                            break;
                        }
                    }
                }
                return new RestOutcome(replies, abort, this.engine.writeOffset(), sink.dropped(),
                        sink.closeRequested());
            }
            finally {
                this.engine.disconnect(client);
            }
        });
    }

    private Reply run(Client client, User user, byte[][] args) {
        String refusal = RestCommandPolicy.refusal(this.engine.table(), user, args);
        if (refusal != null) {
            return Reply.error(refusal);
        }
        Reply reply;
        try {
            reply = this.engine.dispatch(client, args);
        }
        catch (RuntimeException ex) {
            // a broken command fails alone, never the request or the server
            reply = Reply.error("ERR internal error: " + ex);
        }
        this.engine.serveBlocked();
        // null: blocked (a command that blocks without saying so) or dropped by a fault
        return (reply != null) ? reply : Reply.error(Errors.restUnsupported(name(args)));
    }

    private @Nullable String transaction(Client client, User user, List<byte[][]> commands, List<Reply> replies) {
        client.beginMulti();
        for (byte[][] args : commands) {
            String refusal = RestCommandPolicy.refusal(this.engine.table(), user, args);
            Reply queued = (refusal != null) ? Reply.error(refusal) : this.engine.dispatch(client, args);
            if (queued instanceof Reply.Err error) {
                // rejected while queuing: Redis would answer EXECABORT; the cause says
                // more
                client.endMulti();
                return error.message();
            }
        }
        Reply result;
        try {
            result = this.engine.exec(client);
        }
        catch (RuntimeException ex) {
            return "ERR internal error: " + ex;
        }
        this.engine.serveBlocked();
        if (result instanceof Reply.Err error) {
            return error.message();
        }
        if (result instanceof Reply.Array array) {
            replies.addAll(array.items());
        }
        return null;
    }

    private static String name(byte[][] args) {
        return new String(args[0], StandardCharsets.UTF_8);
    }

}
