package io.unikv.transport;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The bytes-level SPI every backend implements (REST, TCP, the embedded server) and every
 * decorator wraps (observation, resilience, read-your-writes, region routing). The typed
 * API is written once against it, so all backends behave the same.
 * <p>
 * Contract:
 * <ul>
 * <li>{@link #send(Request)} never blocks the caller; it returns a future that completes
 * with one reply per command, in order.</li>
 * <li>A server error reply for a command is a {@link Reply.Error} in the response, not a
 * failed future, so pipelines keep per-command errors.</li>
 * <li>The future fails with a {@link io.unikv.KvException} subclass when the request as a
 * whole fails: {@link io.unikv.KvUnavailableException} if nothing was sent,
 * {@link io.unikv.KvConnectionException} or {@link io.unikv.KvTimeoutException} if the
 * outcome is unknown, {@link io.unikv.KvAuthenticationException} for credentials, and
 * {@link io.unikv.KvServerException} for a transaction the server discarded
 * ({@code EXECABORT}).</li>
 * <li>A transport never retries a request that contains a {@link CommandKind#WRITE}
 * command once it may have reached the server.</li>
 * <li>Implementations are thread-safe; {@link #close()} releases connections and is
 * idempotent.</li>
 * </ul>
 *
 * @author unikv authors
 */
public interface Transport extends AutoCloseable {

    /**
     * Send a request.
     * @param request the commands and the sync token to honour
     * @return the replies and the server's sync token
     */
    CompletableFuture<Response> send(Request request);

    /**
     * Send one command without a sync token.
     * @param command the command
     * @return its reply, possibly a {@link Reply.Error}
     */
    default CompletableFuture<Reply> execute(Command command) {
        return send(Request.single(command)).thenApply(Response::reply);
    }

    /**
     * Send commands as a pipeline without a sync token.
     * @param commands the commands
     * @return one reply per command
     */
    default CompletableFuture<List<Reply>> pipeline(List<Command> commands) {
        return send(Request.pipeline(commands)).thenApply(Response::replies);
    }

    /**
     * Send commands as a MULTI/EXEC transaction without a sync token.
     * @param commands the commands
     * @return one reply per command; fails with a {@link io.unikv.KvServerException} if
     * the server discarded the transaction
     */
    default CompletableFuture<List<Reply>> transaction(List<Command> commands) {
        return send(Request.transaction(commands)).thenApply(Response::replies);
    }

    /**
     * Whether the backend is a Redis Cluster, where all keys of one transaction or one
     * multi-key command must hash to the same slot. Callers that touch several keys (the
     * KV profile, for example) use it to choose slot-safe command sequences.
     * @return {@code true} for a cluster; {@code false} by default
     */
    default boolean clustered() {
        return false;
    }

    /**
     * Whether the backend answers with sync tokens itself ({@link Response#syncToken()}),
     * as the Upstash REST protocol does. Regional routing adds tokens of its own over
     * transports that do not.
     * @return {@code true} if responses carry tokens; {@code false} by default
     */
    default boolean issuesSyncTokens() {
        return false;
    }

    /**
     * Return how this transport has sent requests so far (for the Actuator endpoint and
     * benchmarks). Decorators report their delegate's statistics; a regional transport
     * sums its regions'.
     * @return the statistics; {@link PipelineStats#NONE} for transports that keep none
     */
    default PipelineStats pipelineStats() {
        return PipelineStats.NONE;
    }

    /**
     * The pub/sub capability, for backends that can hold subscriptions.
     * @return the capability; empty by default
     */
    default Optional<TransportPubSub> pubSub() {
        return Optional.empty();
    }

    /**
     * Describe this transport for logs, metrics and the Actuator endpoint, for example
     * {@code rest https://eu1-x.upstash.io} or {@code tcp redis://127.0.0.1:6379}. Never
     * contains credentials.
     * @return the description
     */
    String description();

    /**
     * Release connections and threads. Pending requests fail with
     * {@link io.unikv.KvUnavailableException}.
     */
    @Override
    void close();

}
