package io.unikv.transport.lettuce;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import io.unikv.KvException;
import io.unikv.KvUnavailableException;
import io.unikv.internal.PipelineCounters;
import io.unikv.transport.Command;
import io.unikv.transport.PipelineStats;
import io.unikv.transport.Request;
import io.unikv.transport.Response;
import io.unikv.transport.Transport;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * The TCP {@link Transport}: RESP through Lettuce's native asynchronous connection, taken
 * from a Spring Data Redis {@link LettuceConnectionFactory} (so standalone, Sentinel,
 * master/replica, Cluster and SSL settings under {@code spring.data.redis.*} apply) or
 * from a Lettuce client.
 *
 * <pre class="code">
 * Transport transport = LettuceTransport.of(connectionFactory);
 * RedisStore store = RedisStore.builder().transport(transport).build();
 * </pre>
 * <ul>
 * <li>Single commands and pipelines share one connection; Lettuce pipelines them, so a
 * pipeline's commands are all written without waiting and complete in order.</li>
 * <li>Transactions run MULTI, the commands and EXEC together on a dedicated connection
 * (from a small pool), so other callers' commands never interleave. In a cluster all keys
 * of a transaction must hash to one slot.</li>
 * <li>Blocking commands ({@code BLPOP}, {@code BLMOVE}, {@code BZPOPMIN}...) run on a
 * dedicated connection from the same pool, since Redis answers a connection's commands in
 * order and a waiting command would hold up every other caller. Their wait is bounded by
 * their own timeout plus the command timeout (a timeout of zero, "forever", by the
 * command timeout alone, as in Lettuce).</li>
 * <li>Cluster: commands go to the node owning their first key's slot; a multi-key command
 * across slots answers the server's {@code CROSSSLOT} error. Node-wide commands go to
 * every master and are merged following Redis's command tips: {@code DBSIZE} is the sum,
 * {@code KEYS} the concatenation; {@code FLUSHDB}, {@code FLUSHALL}, {@code SCRIPT LOAD},
 * {@code SCRIPT FLUSH},
 * {@code FUNCTION LOAD}/{@code DELETE}/{@code FLUSH}/{@code RESTORE} and
 * {@code CONFIG RESETSTAT} answer the first master's reply, or an error if any master
 * failed; {@code SCRIPT EXISTS} answers 1 only for scripts every master has (so
 * {@code EVALSHA} finds them whichever slot its keys hash to); {@code RANDOMKEY} asks a
 * random master among those with keys; {@code SCAN} scans the masters one after another,
 * with cursors of the form {@code <master index>:<cursor>} that callers pass back
 * unchanged ({@code 0} once the last master is done; keys may be repeated or missed if
 * slots move during the scan). In a pipeline such a command runs after the commands
 * before it. Other keyless commands ({@code PING}, {@code INFO}, {@code SCRIPT KILL}...)
 * go to one node, Lettuce's default connection. A transaction runs on one node, so
 * node-wide commands are refused in a cluster transaction.</li>
 * <li>Error replies are {@link io.unikv.transport.Reply.Error} values; {@code NOAUTH} and
 * {@code WRONGPASS} fail the request with {@link io.unikv.KvAuthenticationException}.
 * Requests that cannot be sent fail with {@link KvUnavailableException}; timeouts (the
 * connection's command timeout) with {@link io.unikv.KvTimeoutException}; a connection
 * lost after sending with {@link io.unikv.KvConnectionException}. Nothing is retried:
 * commands Lettuce would replay after a reconnect are replaced by {@code PING}, and when
 * a standalone connection drops, the commands waiting on it fail at once (not after their
 * timeout): {@link KvUnavailableException} for those not yet written,
 * {@link io.unikv.KvConnectionException} for the others. Commands issued while Lettuce
 * reconnects follow the client's {@code ClientOptions.disconnectedBehavior}: buffered
 * until the connection is back (Lettuce's default), or rejected at once with
 * {@link KvUnavailableException} ({@code REJECT_COMMANDS}, which regional setups use so
 * that writes to a dead primary fail fast).</li>
 * <li>Pub/sub ({@link #pubSub()}): each subscription gets a Lettuce pub/sub connection of
 * its own (a cluster pub/sub connection in a cluster; through a Spring factory, Spring's
 * subscription, which has no shard channels), closed with the subscription.</li>
 * <li>No sync tokens: {@link Response#syncToken()} is always {@code null}.</li>
 * <li>Simple-string and bulk replies both arrive as
 * {@link io.unikv.transport.Reply.Bulk}, as over REST.</li>
 * </ul>
 * The shared connection is opened on first use. Thread-safe; {@link #close()} releases
 * the connections this transport opened (never the factory or the client, which belong to
 * the caller) and is idempotent.
 *
 * @author unikv authors
 */
public final class LettuceTransport implements Transport {

    private static final Set<String> CONNECTION_STATE = Set.of("MULTI", "EXEC", "DISCARD", "WATCH", "UNWATCH",
            "SUBSCRIBE", "PSUBSCRIBE", "SSUBSCRIBE", "UNSUBSCRIBE", "PUNSUBSCRIBE", "SUNSUBSCRIBE", "MONITOR", "QUIT",
            "RESET", "SELECT", "HELLO", "AUTH");

    private final Endpoint endpoint;

    private final DedicatedPool dedicated;

    private final AtomicReference<CompletableFuture<StatefulConnection<byte[], byte[]>>> shared = new AtomicReference<>();

    private final AtomicBoolean closed = new AtomicBoolean();

    private final PipelineCounters counters = new PipelineCounters();

    private final OpenSubscriptions subscriptions = new OpenSubscriptions();

    private LettuceTransport(Endpoint endpoint) {
        this.endpoint = endpoint;
        this.dedicated = new DedicatedPool(endpoint);
    }

    /**
     * Create a transport over a Spring Data Redis connection factory. The factory must be
     * started before the first request; it stays owned by the caller.
     * @param factory the factory
     * @return the transport
     */
    public static LettuceTransport of(LettuceConnectionFactory factory) {
        return new LettuceTransport(new FactoryEndpoint(factory));
    }

    /**
     * Create a transport to a standalone server (or a Sentinel-managed master) through a
     * Lettuce client, which stays owned by the caller.
     * @param client the client
     * @param uri the server
     * @return the transport
     */
    public static LettuceTransport of(RedisClient client, RedisURI uri) {
        return new LettuceTransport(new ClientEndpoint(client, uri));
    }

    /**
     * Create a transport to a Redis Cluster through a Lettuce cluster client, which stays
     * owned by the caller.
     * @param client the cluster client
     * @return the transport
     */
    public static LettuceTransport cluster(RedisClusterClient client) {
        return new LettuceTransport(new ClusterEndpoint(client, "tcp redis-cluster"));
    }

    @Override
    public PipelineStats pipelineStats() {
        return this.counters.snapshot();
    }

    @Override
    public java.util.Optional<io.unikv.transport.TransportPubSub> pubSub() {
        return java.util.Optional.of((kind, names, handler) -> {
            if (this.closed.get()) {
                return CompletableFuture
                    .failedFuture(new KvUnavailableException("Transport " + description() + " is closed", null));
            }
            return this.subscriptions.subscribe(this.endpoint, kind, names, handler);
        });
    }

    @Override
    public CompletableFuture<Response> send(Request request) {
        if (this.closed.get()) {
            return CompletableFuture
                .failedFuture(new KvUnavailableException("Transport " + description() + " is closed", null));
        }
        for (Command command : request.commands()) {
            if (CONNECTION_STATE.contains(command.name())) {
                return CompletableFuture.failedFuture(new KvException("Command " + command.name()
                        + " changes connection state and cannot be sent on a shared connection; use transaction() for MULTI/EXEC"));
            }
        }
        this.counters.request(request);
        if (request.mode() == Request.Mode.TRANSACTION) {
            return Transactions.run(this.dedicated, this.endpoint.cluster(), description(), request.commands());
        }
        if (request.commands().size() == 1 && Blocking.isBlocking(request.commands().get(0))) {
            return Blocking.run(this.dedicated, this.endpoint.cluster(), description(), request.commands().get(0));
        }
        CompletableFuture<StatefulConnection<byte[], byte[]>> connection = connection();
        if (connection.isDone() && !connection.isCompletedExceptionally()) {
            // The common case once connected: skip a composition stage per request.
            return dispatch(connection.join(), request);
        }
        return connection.thenCompose((opened) -> dispatch(opened, request));
    }

    private static CompletableFuture<Response> dispatch(StatefulConnection<byte[], byte[]> connection,
            Request request) {
        if (connection instanceof StatefulRedisClusterConnection<byte[], byte[]> cluster
                && request.commands().stream().anyMatch(ClusterFanOut::handles)) {
            return ClusterFanOut.pipeline(cluster, request.commands());
        }
        return Dispatch.pipeline(connection, request.commands());
    }

    private CompletableFuture<StatefulConnection<byte[], byte[]>> connection() {
        CompletableFuture<StatefulConnection<byte[], byte[]>> current = this.shared.get();
        if (current != null && !current.isCompletedExceptionally()) {
            return current;
        }
        CompletableFuture<StatefulConnection<byte[], byte[]>> attempt = new CompletableFuture<>();
        if (!this.shared.compareAndSet(current, attempt)) {
            return connection();
        }
        String target = description();
        // complete off Lettuce's event loop: the first requests continue from here, and
        // an event loop thread must never run (or wait for) dispatching
        this.endpoint.connect().whenCompleteAsync((connection, failure) -> {
            if (failure != null) {
                attempt.completeExceptionally(Failures.connect(failure, target));
            }
            else if (this.closed.get()) {
                this.endpoint.close();
                attempt.completeExceptionally(new KvUnavailableException("Transport " + target + " is closed", null));
            }
            else {
                attempt.complete(connection);
            }
        });
        return attempt;
    }

    @Override
    public boolean clustered() {
        return this.endpoint.cluster();
    }

    @Override
    public String description() {
        return this.endpoint.description();
    }

    @Override
    public void close() {
        if (this.closed.compareAndSet(false, true)) {
            this.subscriptions.closeAll(description());
            this.dedicated.close();
            this.endpoint.close();
        }
    }

    @Override
    public String toString() {
        return "LettuceTransport[" + description() + "]";
    }

}
