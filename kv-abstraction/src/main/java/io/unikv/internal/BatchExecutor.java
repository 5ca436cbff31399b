package io.unikv.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.unikv.Consistency;
import io.unikv.transport.Command;
import io.unikv.transport.Reply;
import io.unikv.transport.Request;
import io.unikv.transport.Response;
import io.unikv.transport.Transport;

/**
 * Queues typed commands for a pipeline or a transaction and sends them together on
 * {@link #exec()}. Single use, not thread-safe (as {@link io.unikv.RedisBatch}
 * documents).
 *
 * @author unikv authors
 */
public final class BatchExecutor implements CommandExecutor {

    private final Transport transport;

    private final SessionTokens tokens;

    private final Consistency consistency;

    private final Request.Mode mode;

    private final List<Queued<?>> queued = new ArrayList<>();

    private boolean executed;

    /**
     * Create a batch.
     * @param transport the transport
     * @param tokens the session's tokens
     * @param consistency the store's consistency
     * @param mode {@link Request.Mode#PIPELINE} or {@link Request.Mode#TRANSACTION}
     */
    public BatchExecutor(Transport transport, SessionTokens tokens, Consistency consistency, Request.Mode mode) {
        this.transport = transport;
        this.tokens = tokens;
        this.consistency = consistency;
        this.mode = mode;
    }

    @Override
    public <T> CompletableFuture<T> execute(TypedCommand<T> command) {
        if (this.executed) {
            throw new IllegalStateException("This batch was already executed");
        }
        if (command.command().isBlocking()) {
            throw new IllegalArgumentException(command.command().name() + " blocks and cannot be batched");
        }
        CompletableFuture<T> future = new CompletableFuture<>();
        this.queued.add(new Queued<>(command, future));
        return future;
    }

    /**
     * Return how many commands are queued.
     * @return the count
     */
    public int size() {
        return this.queued.size();
    }

    /**
     * Send the queued commands, complete their futures and return the raw replies.
     * @return one reply per command
     */
    public List<Reply> exec() {
        if (this.executed) {
            throw new IllegalStateException("This batch was already executed");
        }
        if (this.queued.isEmpty()) {
            throw new IllegalStateException("Nothing to execute: the batch is empty");
        }
        this.executed = true;
        List<Command> commands = new ArrayList<>(this.queued.size());
        this.queued.forEach((entry) -> commands.add(entry.command().command()));
        Request request = this.tokens.stamp(new Request(this.mode, commands, null), this.consistency);
        Response response;
        try {
            response = Futures.await(this.transport.send(request));
        }
        catch (RuntimeException ex) {
            this.queued.forEach((entry) -> entry.future().completeExceptionally(ex));
            throw ex;
        }
        this.tokens.observe(response.syncToken());
        List<Reply> replies = response.replies();
        for (int i = 0; i < this.queued.size(); i++) {
            this.queued.get(i).complete(replies.get(i));
        }
        return replies;
    }

    private record Queued<T>(TypedCommand<T> command, CompletableFuture<T> future) {

        void complete(Reply reply) {
            try {
                this.future.complete(this.command.convert(reply));
            }
            catch (RuntimeException ex) {
                this.future.completeExceptionally(ex);
            }
        }

    }

}
