package io.unikv.transport.lettuce;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.protocol.RedisCommand;
import io.unikv.KvAuthenticationException;
import io.unikv.KvConnectionException;
import io.unikv.KvException;
import io.unikv.transport.Command;
import io.unikv.transport.Reply;
import io.unikv.transport.Response;
import org.jspecify.annotations.Nullable;

/**
 * Writes commands to a connection in one batch and collects their replies in order.
 *
 * @author unikv authors
 */
final class Dispatch {

    private Dispatch() {
    }

    /**
     * Send commands on a shared connection without waiting between them.
     * @param connection the connection
     * @param commands the commands
     * @return one reply per command
     */
    static CompletableFuture<Response> pipeline(StatefulConnection<byte[], byte[]> connection, List<Command> commands) {
        List<GuardedCommand> sent = new ArrayList<>(commands.size());
        for (Command command : commands) {
            sent.add(GuardedCommand.of(command, KeyPositions.firstKey(command), null));
        }
        return send(connection, sent).thenApply((replies) -> new Response(replies, null));
    }

    /**
     * Write commands and wait for all of them.
     * @param connection the connection
     * @param sent the commands
     * @return the replies, or a failure translated into a {@link KvException}
     */
    static CompletableFuture<List<Reply>> send(StatefulConnection<byte[], byte[]> connection,
            List<GuardedCommand> sent) {
        return send(connection, sent, Duration.ZERO);
    }

    /**
     * Write commands and wait for all of them, for at most the connection's command
     * timeout plus {@code serverWait} (how long a blocking command may wait on the
     * server).
     * @param connection the connection
     * @param sent the commands
     * @param serverWait the extra time the server may take
     * @return the replies, or a failure translated into a {@link KvException}
     */
    static CompletableFuture<List<Reply>> send(StatefulConnection<byte[], byte[]> connection, List<GuardedCommand> sent,
            Duration serverWait) {
        List<RedisCommand<byte[], byte[], ?>> batch = new ArrayList<>(sent.size());
        CompletableFuture<?>[] futures = new CompletableFuture<?>[sent.size()];
        for (int i = 0; i < sent.size(); i++) {
            batch.add(sent.get(i).future());
            futures[i] = sent.get(i).future();
        }
        Duration timeout = connection.getTimeout();
        InFlight.track(connection, sent);
        try {
            connection.dispatch(batch);
        }
        catch (RuntimeException ex) {
            return CompletableFuture.failedFuture(Failures.translate(ex, sent.get(0).name(), false, timeout));
        }
        CompletableFuture<List<Reply>> result = new CompletableFuture<>();
        CompletableFuture.allOf(futures).whenComplete((ignored, failure) -> {
            try {
                result.complete(collect(sent, timeout));
            }
            catch (KvException ex) {
                result.completeExceptionally(ex);
            }
        });
        return bounded(result, sent.get(0).name(), timeout.plus(serverWait));
    }

    /**
     * Bound a wait by the connection's command timeout: commands dispatched this way are
     * not covered by Lettuce's own timeout, and a lost reply must fail, never hang.
     */
    static <T> CompletableFuture<T> bounded(CompletableFuture<T> future, String command, Duration timeout) {
        CompletableFuture<T> bounded = new CompletableFuture<>();
        future.orTimeout(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)
            .whenComplete((value, failure) -> {
                if (failure == null) {
                    bounded.complete(value);
                }
                else if (failure instanceof java.util.concurrent.TimeoutException) {
                    bounded.completeExceptionally(new io.unikv.KvTimeoutException(command, timeout));
                }
                else {
                    bounded.completeExceptionally(failure);
                }
            });
        return bounded;
    }

    private static List<Reply> collect(List<GuardedCommand> sent, Duration timeout) {
        List<Reply> replies = new ArrayList<>(sent.size());
        for (GuardedCommand command : sent) {
            replies.add(reply(command, timeout));
        }
        return replies;
    }

    /**
     * Return a completed command's reply.
     * @param command the command
     * @param timeout the connection's timeout, for messages
     * @return the reply
     * @throws KvException if the command failed, was replaced after a reconnect, or was
     * refused for credentials
     */
    static Reply reply(GuardedCommand command, Duration timeout) {
        @Nullable Reply reply;
        try {
            reply = command.future().join();
        }
        catch (RuntimeException ex) {
            throw Failures.translate(ex, command.name(), command.written(), timeout);
        }
        if (command.replaced()) {
            throw new KvConnectionException("Connection lost after " + command.name()
                    + " was sent; it may have been applied and was not sent again", null);
        }
        if (reply instanceof Reply.Error error && Failures.isAuthenticationError(error.message())) {
            throw new KvAuthenticationException(error.message());
        }
        return (reply != null) ? reply : Reply.NIL;
    }

}
