package io.unikv.internal;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.unikv.Consistency;
import io.unikv.transport.Request;
import io.unikv.transport.Transport;

/**
 * Sends each command to the transport at once, carrying and updating the session's sync
 * token.
 *
 * @author unikv authors
 */
public final class TransportExecutor implements CommandExecutor {

    private final Transport transport;

    private final SessionTokens tokens;

    private final Consistency consistency;

    /**
     * Create an executor.
     * @param transport the transport
     * @param tokens the session's tokens
     */
    public TransportExecutor(Transport transport, SessionTokens tokens, Consistency consistency) {
        this.transport = transport;
        this.tokens = tokens;
        this.consistency = consistency;
    }

    @Override
    public <T> CompletableFuture<T> execute(TypedCommand<T> command) {
        // One request built directly: the hot path of every single command.
        Request request = new Request(Request.Mode.SINGLE, List.of(command.command()),
                this.tokens.tokenFor(this.consistency), this.consistency);
        return this.transport.send(request).thenApply((response) -> {
            this.tokens.observe(response.syncToken());
            return command.convert(response.reply());
        });
    }

}
