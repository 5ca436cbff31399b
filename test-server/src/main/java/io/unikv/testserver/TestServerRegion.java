package io.unikv.testserver;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.function.Function;

import io.unikv.testserver.internal.engine.Engine;
import io.unikv.testserver.internal.replication.RegionSpec;
import io.unikv.testserver.internal.replication.ReplicaLink;
import io.unikv.testserver.internal.resp.RespServer;
import io.unikv.testserver.internal.rest.RestServer;
import org.jspecify.annotations.Nullable;

/**
 * One region of a {@link UnikvTestServer}: the primary, or a read replica fed by the
 * primary's replication log after its lag. Each region has its own engine, RESP endpoint
 * and REST endpoint.
 * <ul>
 * <li>A replica's RESP endpoint refuses writes with
 * {@code READONLY You can't write against a read only replica.} and answers {@code ROLE}
 * and {@code INFO replication} as a real replica does, with the offset it has
 * applied.</li>
 * <li>A replica's REST endpoint forwards requests containing a write to the primary (as
 * an Upstash global database does) and answers them with the primary's new sync token; a
 * read carrying {@code upstash-sync-token} waits until the replica has applied that
 * offset, and the primary serves it if the wait runs out.</li>
 * </ul>
 * Thread-safe.
 *
 * @author unikv authors
 */
public final class TestServerRegion {

    private final RegionSpec spec;

    private final Engine engine;

    private final RespServer resp;

    private final @Nullable RestServer rest;

    private final @Nullable ReplicaLink link;

    private final String host;

    private final TestServerFaults faults;

    TestServerRegion(RegionSpec spec, Engine engine, RespServer resp, @Nullable RestServer rest,
            @Nullable ReplicaLink link, String host) {
        this.spec = spec;
        this.engine = engine;
        this.resp = resp;
        this.rest = rest;
        this.link = link;
        this.host = host;
        this.faults = new TestServerFaults(engine);
    }

    /**
     * Return the region's name, for example {@code eu-west-1}.
     * @return the name
     */
    public String name() {
        return this.spec.name();
    }

    /**
     * Return whether this is the primary region.
     * @return {@code true} for the primary
     */
    public boolean isPrimary() {
        return this.link == null;
    }

    /**
     * Return the configured replication lag ({@link Duration#ZERO} for the primary).
     * @return the lag
     */
    public Duration lag() {
        return this.spec.lag();
    }

    /**
     * Return the configured jitter around the lag.
     * @return the jitter
     */
    public Duration jitter() {
        return this.spec.jitter();
    }

    /**
     * Return the RESP port.
     * @return the port
     */
    public int port() {
        return this.resp.address().getPort();
    }

    /**
     * Return a {@code redis://host:port} URI for RESP clients.
     * @return the URI
     */
    public String redisUri() {
        return "redis://" + this.host + ":" + port();
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
     * Return the REST base URL, for example {@code http://127.0.0.1:8079}.
     * @return the URL
     * @throws IllegalStateException if the REST endpoint is disabled
     */
    public String restUrl() {
        return "http://" + this.host + ":" + httpPort();
    }

    /**
     * Return the replication offset: on the primary its write offset (the sync token its
     * REST endpoint reports), on a replica the primary's offset of the last entry
     * applied.
     * @return the offset
     */
    public long offset() {
        return this.engine.writeOffset();
    }

    /**
     * Return the fault injector of this region's endpoints (errors, latency, drops,
     * down).
     * @return the faults
     */
    public TestServerFaults faults() {
        return this.faults;
    }

    /**
     * Cut or restore this replica's replication link: while cut, the primary's writes
     * wait and the replica reports {@code master_link_status:down}.
     * @param partitioned whether the link is cut
     * @throws IllegalStateException on the primary
     */
    public void partition(boolean partitioned) {
        if (this.link == null) {
            throw new IllegalStateException("The primary region " + name() + " has no replication link to cut");
        }
        this.link.partition(partitioned);
    }

    /**
     * Run code on this region's engine thread with direct access to its data.
     * @param <T> the result type
     * @param action the code
     * @return its result
     */
    public <T> T direct(Function<DirectAccess, T> action) {
        return UnikvTestServer.await(this.engine.call(() -> action.apply(new DirectAccess(this.engine))));
    }

    /**
     * Return the line the standalone server prints for this region once it is up.
     * @return {@code READY region=<name> role=<primary|replica> resp=<host:port> http=<url>}
     */
    public String readyLine() {
        String http = (this.rest != null) ? restUrl() : "-";
        return "READY region=" + name() + " role=" + (isPrimary() ? "primary" : "replica") + " resp=" + this.host + ":"
                + port() + " http=" + http;
    }

    void reset(long primaryOffset) {
        if (this.link != null) {
            this.link.reset(primaryOffset);
        }
    }

    Engine engine() {
        return this.engine;
    }

    InetSocketAddress respAddress() {
        return new InetSocketAddress(this.host, port());
    }

    void close() {
        this.resp.close();
        if (this.rest != null) {
            this.rest.close();
        }
        this.engine.close();
    }

    private RestServer rest() {
        if (this.rest == null) {
            throw new IllegalStateException("The REST endpoint is disabled");
        }
        return this.rest;
    }

    @Override
    public String toString() {
        return readyLine();
    }

}
