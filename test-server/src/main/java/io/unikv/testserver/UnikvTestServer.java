package io.unikv.testserver;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.unikv.testserver.internal.commands.CommandRegistry;
import io.unikv.testserver.internal.engine.Engine;
import io.unikv.testserver.internal.engine.EngineSettings;
import io.unikv.testserver.internal.resp.RespServer;
import io.unikv.testserver.internal.rest.RestServer;
import org.jspecify.annotations.Nullable;

/**
 * An in-process Redis-compatible server: one engine behind a RESP endpoint (redis-cli,
 * Lettuce, Jedis, redis-benchmark) and an Upstash REST endpoint (the official
 * {@code @upstash/redis} client, curl).
 *
 * <pre class="code">
 * try (UnikvTestServer server = UnikvTestServer.builder().token("dev").start()) {
 *     RedisURI uri = RedisURI.create(server.redisUri());
 *     String restUrl = server.restUrl();
 * }
 * </pre>
 *
 * Tests control time with a {@link MutableClock} and {@link #advanceClock(Duration)},
 * read and write data directly with {@link #direct(Function)}, and inject faults with
 * {@link #faults()}. Thread-safe; {@link #close()} stops both endpoints.
 *
 * @author unikv authors
 */
public final class UnikvTestServer implements AutoCloseable {

    private final Engine engine;

    private final EventLoopGroup group;

    private final RespServer resp;

    private final @Nullable RestServer rest;

    private final String host;

    private final @Nullable MutableClock mutableClock;

    private final TestServerFaults faults;

    private UnikvTestServer(Builder builder) {
        this.host = builder.host;
        this.mutableClock = (builder.clock instanceof MutableClock clock) ? clock : null;
        this.engine = new Engine(new EngineSettings(builder.clock, builder.token, builder.readOnlyToken),
                CommandRegistry.createTable());
        this.group = new MultiThreadIoEventLoopGroup(builder.ioThreads, NioIoHandler.newFactory());
        this.faults = new TestServerFaults(this.engine.faults());
        try {
            this.resp = new RespServer(this.engine, this.group, builder.host, builder.port);
            this.rest = (builder.httpPort >= 0)
                    ? new RestServer(this.engine, this.group, builder.host, builder.httpPort, builder.maxRequestBytes)
                    : null;
        }
        catch (RuntimeException ex) {
            this.group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
            this.engine.close();
            throw ex;
        }
    }

    /**
     * Start configuring a server.
     * @return a builder with defaults: loopback, free ports, no token, system clock
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Return the RESP port.
     * @return the port
     */
    public int port() {
        return this.resp.address().getPort();
    }

    /**
     * Return the REST port.
     * @return the port
     * @throws IllegalStateException if the REST endpoint is disabled
     */
    public int httpPort() {
        return rest().address().getPort();
    }

    /**
     * Return the host both endpoints are bound to.
     * @return the host
     */
    public String host() {
        return this.host;
    }

    /**
     * Return a {@code redis://host:port} URI for RESP clients.
     * @return the URI
     */
    public String redisUri() {
        return "redis://" + this.host + ":" + port();
    }

    /**
     * Return the REST base URL, for example {@code http://127.0.0.1:8079}.
     * @return the URL
     */
    public String restUrl() {
        InetSocketAddress address = rest().address();
        return "http://" + this.host + ":" + address.getPort();
    }

    /**
     * Return the engine's current write offset, which the REST endpoint reports as its
     * sync token.
     * @return the offset
     */
    public long writeOffset() {
        return this.engine.writeOffset();
    }

    /**
     * Move a {@link MutableClock} forward and run expiry and blocking timeouts at the new
     * time.
     * @param duration how far
     * @throws IllegalStateException if the server was not built with a
     * {@link MutableClock}
     */
    public void advanceClock(Duration duration) {
        if (this.mutableClock == null) {
            throw new IllegalStateException("advanceClock needs a server built with a MutableClock");
        }
        this.mutableClock.advance(duration);
        await(this.engine.call(() -> {
            this.engine.tick();
            return null;
        }));
    }

    /**
     * Run code on the engine thread with direct access to the data, between two commands.
     * @param <T> the result type
     * @param action the code
     * @return its result
     */
    public <T> T direct(Function<DirectAccess, T> action) {
        return await(this.engine.call(() -> action.apply(new DirectAccess(this.engine))));
    }

    /**
     * Return the fault injector for client tests.
     * @return the faults
     */
    public TestServerFaults faults() {
        return this.faults;
    }

    /**
     * Return the {@code READY} lines the standalone server prints, one per region.
     * @return the lines
     */
    public List<String> readyLines() {
        String http = (this.rest != null) ? restUrl() : "-";
        return List.of("READY region=local role=primary resp=" + this.host + ":" + port() + " http=" + http);
    }

    @Override
    public void close() {
        this.resp.close();
        if (this.rest != null) {
            this.rest.close();
        }
        this.group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
        this.engine.close();
    }

    private RestServer rest() {
        if (this.rest == null) {
            throw new IllegalStateException("The REST endpoint is disabled");
        }
        return this.rest;
    }

    private static <T> T await(java.util.concurrent.CompletableFuture<T> future) {
        try {
            return future.get(30, TimeUnit.SECONDS);
        }
        catch (ExecutionException ex) {
            Throwable cause = ex.getCause();
            throw (cause instanceof RuntimeException runtime) ? runtime : new IllegalStateException(cause);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", ex);
        }
        catch (TimeoutException ex) {
            throw new IllegalStateException("The engine did not answer within 30 s", ex);
        }
    }

    /**
     * Configures and starts a {@link UnikvTestServer}.
     */
    public static final class Builder {

        private String host = "127.0.0.1";

        private int port;

        private int httpPort;

        private @Nullable String token;

        private @Nullable String readOnlyToken;

        private Clock clock = Clock.systemUTC();

        private int ioThreads = 1;

        private int maxRequestBytes = 10 * 1024 * 1024;

        private Builder() {
        }

        /**
         * Bind to an address.
         * @param host the address, {@code 127.0.0.1} by default
         * @return this builder
         */
        public Builder bind(String host) {
            this.host = host;
            return this;
        }

        /**
         * Use a RESP port.
         * @param port the port, 0 (the default) for a free one
         * @return this builder
         */
        public Builder port(int port) {
            this.port = checkPort(port);
            return this;
        }

        /**
         * Use an HTTP port for the REST endpoint.
         * @param port the port, 0 (the default) for a free one
         * @return this builder
         */
        public Builder httpPort(int port) {
            this.httpPort = checkPort(port);
            return this;
        }

        /**
         * Do not open the REST endpoint.
         * @return this builder
         */
        public Builder withoutHttp() {
            this.httpPort = -1;
            return this;
        }

        /**
         * Require a token: the REST bearer token and the RESP password of the default
         * user.
         * @param token the token
         * @return this builder
         */
        public Builder token(String token) {
            this.token = requireText(token, "token");
            return this;
        }

        /**
         * Accept a read-only token: REST bearer token and RESP password of user
         * {@code default_ro}, which may not run writes.
         * @param token the token
         * @return this builder
         */
        public Builder readOnlyToken(String token) {
            this.readOnlyToken = requireText(token, "read-only token");
            return this;
        }

        /**
         * Take time from a clock; pass a {@link MutableClock} to control it from tests.
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /**
         * Limit the size of one REST request body (Upstash: 10 MB).
         * @param bytes the limit
         * @return this builder
         */
        public Builder maxRequestBytes(int bytes) {
            if (bytes < 1) {
                throw new IllegalArgumentException("maxRequestBytes must be positive");
            }
            this.maxRequestBytes = bytes;
            return this;
        }

        /**
         * Start the server.
         * @return the running server
         */
        public UnikvTestServer start() {
            return new UnikvTestServer(this);
        }

        private static int checkPort(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("Port must be 0 to 65535, was " + port);
            }
            return port;
        }

        private static String requireText(String value, String what) {
            if (value.isBlank()) {
                throw new IllegalArgumentException("The " + what + " must not be blank");
            }
            return value;
        }

    }

}
