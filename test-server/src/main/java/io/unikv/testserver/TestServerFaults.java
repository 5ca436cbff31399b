package io.unikv.testserver;

import java.time.Duration;

import io.unikv.testserver.internal.engine.Engine;
import io.unikv.testserver.internal.engine.Faults;

/**
 * Faults a client test can switch on while the server runs: error replies, latency, and
 * connections dropped after a command executed. Thread-safe.
 *
 * @author unikv authors
 */
public final class TestServerFaults {

    private final Faults faults;

    private final Engine engine;

    TestServerFaults(Engine engine) {
        this.faults = engine.faults();
        this.engine = engine;
    }

    /**
     * Close every open connection now, replies not yet sent included, as a network
     * failure would; clients may reconnect at once. Commands already executed stay
     * applied.
     */
    public void disconnectAll() {
        UnikvTestServer.await(this.engine.call(() -> {
            this.engine.dropAllClients();
            return null;
        }));
    }

    /**
     * Answer the next commands (from any client) with an error instead of executing them.
     * @param count how many
     * @param error the full error text, for example {@code ERR injected}
     */
    public void failNext(int count, String error) {
        this.faults.failNext(count, error);
    }

    /**
     * Execute the next commands and then close their connections before replying, so the
     * client cannot know whether they were applied.
     * @param count how many
     */
    public void dropConnectionAfterNext(int count) {
        this.faults.dropAfterNext(count);
    }

    /**
     * Delay every reply.
     * @param latency the delay, {@link Duration#ZERO} for none
     */
    public void latency(Duration latency) {
        this.faults.latency(latency.toMillis());
    }

    /**
     * Take the endpoints down or bring them back: while down, every command or REST
     * request gets its connection closed without an answer, as a region outage looks to a
     * client. Replication to a down replica continues.
     * @param down whether the endpoints are down
     */
    public void down(boolean down) {
        this.faults.down(down);
    }

    /**
     * Switch every fault off (also brings the endpoints back up).
     */
    public void clear() {
        this.faults.clear();
    }

}
