package io.unikv.transport.lettuce;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import io.lettuce.core.protocol.RedisCommand;
import io.netty.util.Timeout;
import io.unikv.KvAuthenticationException;
import io.unikv.KvConnectionException;
import io.unikv.KvException;
import io.unikv.KvTimeoutException;
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
     * Write commands and wait for all of them, at most the connection's command timeout
     * (a lost reply must fail, never hang): Lettuce's own command expiry bounds the wait
     * when its {@link TimeoutOptions} apply the connection timeout, a timer here
     * otherwise.
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
        for (GuardedCommand command : sent) {
            batch.add(command.future());
        }
        Duration timeout = connection.getTimeout();
        String name = sent.get(0).name();
        InFlight.track(connection, sent);
        try {
            if (batch.size() == 1) {
                // Lettuce's single-command write path, as its own API uses:
                // cheaper than a one-element batch.
                connection.dispatch(batch.get(0));
            }
            else if (connection instanceof StatefulRedisClusterConnection) {
                // A cluster connection's batch path waits for node connections it has
                // not opened yet, which deadlocks on an event loop thread; its
                // single-command path waits asynchronously and keeps each node's order.
                batch.forEach(connection::dispatch);
            }
            else {
                connection.dispatch(batch);
            }
        }
        catch (RuntimeException ex) {
            return CompletableFuture.failedFuture(Failures.translate(ex, name, false, timeout));
        }
        CompletableFuture<List<Reply>> result = new CompletableFuture<>();
        // Lettuce's default client options already expire every command after the
        // connection's timeout; arm our own timer (Lettuce's hashed wheel, much cheaper
        // than orTimeout's shared delay queue) only when they do not, or when the server
        // may legitimately take longer (blocking commands).
        Duration bound = timeout.plus(serverWait);
        @Nullable Timeout timer = (expiredByLettuce(connection) && serverWait.isZero()) ? null
                : connection.getResources()
                    .timer()
                    .newTimeout((expired) -> result.completeExceptionally(new KvTimeoutException(name, bound)),
                            bound.toNanos(), TimeUnit.NANOSECONDS);
        CompletableFuture<?> done = (batch.size() == 1) ? sent.get(0).future() : allOf(sent);
        done.whenComplete((ignored, failure) -> {
            if (timer != null) {
                timer.cancel();
            }
            try {
                result.complete(collect(sent, timeout));
            }
            catch (KvException ex) {
                result.completeExceptionally(ex);
            }
        });
        return result;
    }

    /**
     * Return whether Lettuce itself fails every command that has no reply after the
     * connection's timeout (true with its default {@link TimeoutOptions}).
     */
    private static boolean expiredByLettuce(StatefulConnection<?, ?> connection) {
        TimeoutOptions options = connection.getOptions().getTimeoutOptions();
        return options.isTimeoutCommands() && options.isApplyConnectionTimeout();
    }

    private static CompletableFuture<Void> allOf(List<GuardedCommand> sent) {
        CompletableFuture<?>[] futures = new CompletableFuture<?>[sent.size()];
        for (int i = 0; i < futures.length; i++) {
            futures[i] = sent.get(i).future();
        }
        return CompletableFuture.allOf(futures);
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
