package io.unikv.testserver;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.unikv.testserver.internal.commands.CommandRegistry;
import io.unikv.testserver.internal.engine.Engine;
import io.unikv.testserver.internal.engine.EngineSettings;
import io.unikv.testserver.internal.replication.RegionSpec;
import io.unikv.testserver.internal.replication.ReplicaLink;
import io.unikv.testserver.internal.replication.Replication;
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

    private final EventLoopGroup group;

    private final List<TestServerRegion> regions = new ArrayList<>();

    private final String host;

    private final @Nullable MutableClock mutableClock;

    private UnikvTestServer(Builder builder) {
        this.host = builder.host;
        this.mutableClock = (builder.clock instanceof MutableClock clock) ? clock : null;
        this.group = new MultiThreadIoEventLoopGroup(builder.ioThreads,
                // daemon threads: an application that embeds the server exits when it is
                // done
                new DefaultThreadFactory("unikv-io", true), NioIoHandler.newFactory());
        try {
            start(builder);
        }
        catch (RuntimeException ex) {
            close();
            throw ex;
        }
    }

    private void start(Builder builder) {
        List<RegionSpec> specs = builder.regions.isEmpty()
                ? List.of(new RegionSpec("local", Duration.ZERO, Duration.ZERO)) : builder.regions;
        EngineSettings settings = new EngineSettings(builder.clock, builder.token, builder.readOnlyToken);
        Engine primary = new Engine(settings, CommandRegistry.createTable());
        Replication replication = (specs.size() > 1) ? new Replication(primary, () -> primary().respAddress()) : null;
        this.regions.add(region(builder, specs.get(0), primary, null, null, builder.port, builder.httpPort));
        for (RegionSpec spec : specs.subList(1, specs.size())) {
            Engine engine = new Engine(settings, CommandRegistry.createTable());
            int index = this.regions.size();
            ReplicaLink link = java.util.Objects.requireNonNull(replication)
                .addReplica(spec, engine, () -> this.regions.get(index).respAddress());
            this.regions.add(region(builder, spec, engine, primary, link, 0, (builder.httpPort >= 0) ? 0 : -1));
        }
    }

    private TestServerRegion region(Builder builder, RegionSpec spec, Engine engine, @Nullable Engine primary,
            @Nullable ReplicaLink link, int port, int httpPort) {
        RespServer resp = null;
        try {
            resp = new RespServer(engine, this.group, builder.host, port);
            RestServer rest = (httpPort >= 0) ? new RestServer(engine, primary, link, builder.syncTokenWait, this.group,
                    builder.host, httpPort, builder.maxRequestBytes) : null;
            if (rest != null) {
                rest.sseKeepAlive(builder.sseKeepAlive);
            }
            return new TestServerRegion(spec, engine, resp, rest, link, builder.host);
        }
        catch (RuntimeException ex) {
            if (resp != null) {
                resp.close();
            }
            engine.close();
            throw ex;
        }
    }

    /**
     * Start configuring a server.
     * @return a builder with defaults: loopback, free ports, no token, system clock, one
     * region
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Return the primary region (the only one unless regions were configured).
     * @return the primary
     */
    public TestServerRegion primary() {
        return this.regions.get(0);
    }

    /**
     * Return every region, the primary first.
     * @return the regions
     */
    public List<TestServerRegion> regions() {
        return List.copyOf(this.regions);
    }

    /**
     * Return a region by name.
     * @param name the name
     * @return the region
     * @throws IllegalArgumentException if there is no such region
     */
    public TestServerRegion region(String name) {
        for (TestServerRegion region : this.regions) {
            if (region.name().equals(name)) {
                return region;
            }
        }
        throw new IllegalArgumentException("Unknown region '" + name + "'; the regions are "
                + this.regions.stream().map(TestServerRegion::name).toList());
    }

    /**
     * Return the primary's RESP port.
     * @return the port
     */
    public int port() {
        return primary().port();
    }

    /**
     * Return the primary's REST port.
     * @return the port
     * @throws IllegalStateException if the REST endpoint is disabled
     */
    public int httpPort() {
        return primary().httpPort();
    }

    /**
     * Return the host the endpoints are bound to.
     * @return the host
     */
    public String host() {
        return this.host;
    }

    /**
     * Return a {@code redis://host:port} URI of the primary for RESP clients.
     * @return the URI
     */
    public String redisUri() {
        return primary().redisUri();
    }

    /**
     * Return the primary's REST base URL, for example {@code http://127.0.0.1:8079}.
     * @return the URL
     */
    public String restUrl() {
        return primary().restUrl();
    }

    /**
     * Return the primary's current write offset, which the REST endpoint reports as its
     * sync token.
     * @return the offset
     */
    public long writeOffset() {
        return primary().offset();
    }

    /**
     * Move a {@link MutableClock} forward and run expiry, blocking timeouts and due
     * replication in every region at the new time.
     * @param duration how far
     * @throws IllegalStateException if the server was not built with a
     * {@link MutableClock}
     */
    public void advanceClock(Duration duration) {
        if (this.mutableClock == null) {
            throw new IllegalStateException("advanceClock needs a server built with a MutableClock");
        }
        this.mutableClock.advance(duration);
        for (TestServerRegion region : this.regions) {
            Engine engine = region.engine();
            await(engine.call(() -> {
                engine.tick();
                return null;
            }));
        }
    }

    /**
     * Run code on the primary's engine thread with direct access to the data, between two
     * commands.
     * @param <T> the result type
     * @param action the code
     * @return its result
     */
    public <T> T direct(Function<DirectAccess, T> action) {
        return primary().direct(action);
    }

    /**
     * Return the fault injector of the primary's endpoints; {@link #region(String)} has
     * each region's.
     * @return the faults
     */
    public TestServerFaults faults() {
        return primary().faults();
    }

    /**
     * Start a test afresh: flush every database in every region at once (replication in
     * flight is dropped), heal partitions and clear every region's faults. The clock is
     * not reset.
     */
    public void reset() {
        Engine primary = primary().engine();
        long offset = await(primary.call(() -> {
            primary.flushAll();
            primary.discardEffects();
            return primary.writeOffset();
        }));
        for (TestServerRegion region : this.regions) {
            region.reset(offset);
            region.faults().clear();
        }
    }

    /**
     * Return the {@code READY} lines the standalone server prints, one per region.
     * @return the lines
     */
    public List<String> readyLines() {
        return this.regions.stream().map(TestServerRegion::readyLine).toList();
    }

    @Override
    public void close() {
        for (int i = this.regions.size() - 1; i >= 0; i--) {
            this.regions.get(i).close();
        }
        this.group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }

    static <T> T await(java.util.concurrent.CompletableFuture<T> future) {
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

        private final List<RegionSpec> regions = new ArrayList<>();

        private Duration syncTokenWait = Duration.ofSeconds(2);

        private Duration sseKeepAlive = Duration.ofSeconds(15);

        private Builder() {
        }

        /**
         * Add a region without lag: the first region added is the primary, each further
         * one a read replica. Without regions the server has one, named {@code local}.
         * @param name the region name, for example {@code us-east-1}
         * @return this builder
         */
        public Builder region(String name) {
            return region(name, Duration.ZERO, Duration.ZERO);
        }

        /**
         * Add a region with a fixed replication lag (ignored for the first, the primary).
         * @param name the region name
         * @param lag how long the primary's writes take to apply here, on the engine
         * clock
         * @return this builder
         */
        public Builder region(String name, Duration lag) {
            return region(name, lag, Duration.ZERO);
        }

        /**
         * Add a region whose lag varies: each replication entry applies after {@code lag}
         * plus or minus up to {@code jitter}, never out of order.
         * @param name the region name
         * @param lag the mean lag
         * @param jitter the largest deviation
         * @return this builder
         */
        public Builder region(String name, Duration lag, Duration jitter) {
            RegionSpec spec = new RegionSpec(name, lag, jitter);
            if (this.regions.stream().anyMatch((region) -> region.name().equals(name))) {
                throw new IllegalArgumentException("Region " + name + " is configured twice");
            }
            this.regions.add(spec);
            return this;
        }

        /**
         * Add regions in the command-line form {@code name[:lag[~jitter]]}, for example
         * {@code "us-east-1", "eu-west-1:150ms", "ap-southeast-1:300ms~100ms"}.
         * @param specs the regions, the primary first
         * @return this builder
         */
        public Builder regions(String... specs) {
            for (String text : specs) {
                RegionSpec spec = RegionSpec.parse(text);
                region(spec.name(), spec.lag(), spec.jitter());
            }
            return this;
        }

        /**
         * Bound how long a replica's REST endpoint holds a read whose sync token it has
         * not yet applied before the primary serves it (default 2 s, real time).
         * @param wait the longest wait
         * @return this builder
         */
        public Builder syncTokenWait(Duration wait) {
            if (wait.isNegative()) {
                throw new IllegalArgumentException("syncTokenWait must not be negative");
            }
            this.syncTokenWait = wait;
            return this;
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
         * Set how often idle REST pub/sub and monitor streams ({@code /subscribe},
         * {@code /psubscribe}, {@code /monitor}) get a {@code : keepalive} comment.
         * @param interval the interval, 15 s by default
         * @return this builder
         */
        public Builder sseKeepAlive(Duration interval) {
            if (interval.isNegative() || interval.isZero()) {
                throw new IllegalArgumentException("sseKeepAlive must be positive");
            }
            this.sseKeepAlive = interval;
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
