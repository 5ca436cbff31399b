package io.unikv.transport.region;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

import io.unikv.Consistency;
import io.unikv.KvConnectionException;
import io.unikv.KvTimeoutException;
import io.unikv.KvUnavailableException;
import io.unikv.SyncToken;
import io.unikv.internal.Futures;
import io.unikv.transport.Command;
import io.unikv.transport.PipelineStats;
import io.unikv.transport.Request;
import io.unikv.transport.Response;
import io.unikv.transport.Transport;
import io.unikv.transport.TransportPubSub;
import org.jspecify.annotations.Nullable;

/**
 * A {@link Transport} over a primary region and read regions (DESIGN §3): writes and
 * transactions go to the primary; reads go to a read region chosen by {@link ReadRouting}
 * and honour the request's {@link io.unikv.Consistency}:
 * <ul>
 * <li>{@code EVENTUAL}: the chosen region answers, possibly without recent writes;</li>
 * <li>{@code READ_YOUR_WRITES}: the read carries the request's sync token. Over REST the
 * region's server waits until it has caught up (Upstash's {@code upstash-sync-token}).
 * Over RESP, where servers issue no tokens, {@code ROLE} is pipelined after every write
 * on the primary (its offset is the token) and before every replica read; a replica that
 * is behind the token gets the read repeated on the primary. No extra round trip
 * otherwise;</li>
 * <li>{@code STRONG}: the primary answers.</li>
 * </ul>
 * A read region that cannot be reached (not connected, connection lost, timed out) is
 * skipped for a rest period ({@link Builder#failureCooldown(Duration)}) and the read is
 * repeated on the next region, finally the primary, so callers see no error while any
 * region answers; reads are never applied twice, so repeating them is safe. Writes are
 * never repeated: when the primary is unreachable they fail at once with the primary's
 * {@link KvUnavailableException} (not sent) or {@link KvConnectionException} (outcome
 * unknown), naming the region.
 *
 * <pre class="code">
 * Transport regions = RegionalTransport.builder()
 *     .primary("us-east-1", RestTransport.builder().url(primaryUrl).token(token).build())
 *     .readRegion("eu-west-1", RestTransport.builder().url(euUrl).token(token).build())
 *     .localRegion("eu-west-1")
 *     .build();
 * RedisStore store = RedisStore.builder().transport(regions).build();
 * </pre> Thread-safe; {@link #close()} closes every region's transport.
 *
 * @author unikv authors
 */
public final class RegionalTransport implements Transport {

    private final Region primary;

    private final List<Region> readRegions;

    private final @Nullable Region local;

    private final ReadRouting routing;

    private final Duration cooldown;

    private final boolean serverTokens;

    /** The newest replication offset the primary has reported (numeric tokens only). */
    private final AtomicLong primaryOffset = new AtomicLong(-1);

    private RegionalTransport(Builder builder) {
        this.primary = new Region(builder.primaryName, builder.primaryTransport, true);
        this.readRegions = builder.readRegions.stream()
            .map((named) -> new Region(named.name(), named.transport(), false))
            .toList();
        this.local = (builder.local == null) ? null : (builder.local.equals(builder.primaryName)) ? this.primary
                : this.readRegions.stream().filter((r) -> r.name().equals(builder.local)).findFirst().orElse(null);
        this.routing = (builder.routing != null) ? builder.routing
                : (builder.local != null) ? ReadRouting.LOCAL : ReadRouting.NEAREST;
        this.cooldown = builder.cooldown;
        this.serverTokens = builder.primaryTransport.issuesSyncTokens();
    }

    /**
     * Start configuring a regional transport.
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public CompletableFuture<Response> send(Request request) {
        if (request.mode() == Request.Mode.TRANSACTION || !request.isReadOnly()) {
            return write(request);
        }
        if (request.consistency() == Consistency.STRONG || this.routing == ReadRouting.PRIMARY
                || this.readRegions.isEmpty()) {
            return timed(this.primary, this.primary.transport().send(request)).thenApply(this::fromPrimary);
        }
        return read(request, candidates(), 0);
    }

    private CompletableFuture<Response> write(Request request) {
        Transport transport = this.primary.transport();
        CompletableFuture<Response> sent = this.serverTokens ? transport.send(request)
                : RoleTokens.write(transport, request);
        return timed(this.primary, sent).thenApply(this::fromPrimary)
            .exceptionallyCompose((failure) -> CompletableFuture.failedFuture(inPrimary(Futures.unwrap(failure))));
    }

    private CompletableFuture<Response> read(Request request, List<Region> candidates, int index) {
        Region region = candidates.get(index);
        CompletableFuture<Response> attempt = region.primary()
                ? timed(region, region.transport().send(request)).thenApply(this::fromPrimary)
                : readFrom(region, request);
        return attempt.handle((response, failure) -> {
            if (failure == null) {
                return CompletableFuture.completedFuture(response);
            }
            RuntimeException cause = Futures.unwrap(failure);
            if (unreachable(cause) && index + 1 < candidates.size()) {
                region.failedOver();
                return read(request, candidates, index + 1);
            }
            return CompletableFuture.<Response>failedFuture(region.primary() ? inPrimary(cause) : cause);
        }).thenCompose((future) -> future);
    }

    private CompletableFuture<Response> readFrom(Region region, Request request) {
        long offset = (request.syncToken() != null) ? request.syncToken().offset() : -1;
        if (this.serverTokens) {
            // the server waits for the token itself; its reply's token says where the
            // replica was
            return timed(region, region.transport().send(request)).thenApply((response) -> {
                long applied = offset(response.syncToken());
                long primaryNow = this.primaryOffset.accumulateAndGet(applied, Math::max);
                if (applied >= 0) {
                    region.lagSeen(primaryNow - applied);
                }
                return response;
            });
        }
        if (offset < 0 || request.consistency() == Consistency.EVENTUAL) {
            return timed(region, region.transport().send(request));
        }
        if (request.commands().stream().anyMatch(Command::isBlocking)) {
            return timed(this.primary, this.primary.transport().send(request));
        }
        return timed(region, RoleTokens.read(region, this.primary.transport(), request, offset));
    }

    private Response fromPrimary(Response response) {
        this.primaryOffset.accumulateAndGet(offset(response.syncToken()), Math::max);
        return response;
    }

    private static long offset(@Nullable SyncToken token) {
        return (token != null) ? token.offset() : -1;
    }

    /**
     * Read regions by preference, then the primary, then regions resting after a failure.
     */
    private List<Region> candidates() {
        long now = System.nanoTime();
        List<Region> up = new ArrayList<>();
        List<Region> resting = new ArrayList<>();
        for (Region region : this.readRegions) {
            (region.up(now) ? up : resting).add(region);
        }
        up.sort(Comparator.comparingDouble(Region::latency));
        List<Region> candidates = new ArrayList<>(up);
        if (this.routing == ReadRouting.LOCAL && this.local == this.primary) {
            candidates.add(0, this.primary);
        }
        else {
            if (this.routing == ReadRouting.LOCAL && this.local != null && candidates.remove(this.local)) {
                candidates.add(0, this.local);
            }
            candidates.add(this.primary);
        }
        candidates.addAll(resting);
        return candidates;
    }

    private CompletableFuture<Response> timed(Region region, CompletableFuture<Response> sent) {
        region.sent();
        long start = System.nanoTime();
        return sent.whenComplete((response, failure) -> {
            long now = System.nanoTime();
            if (failure == null) {
                region.succeeded(now - start);
            }
            else if (unreachable(Futures.unwrap(failure))) {
                region.failed(now, this.cooldown);
            }
        });
    }

    private static boolean unreachable(Throwable failure) {
        return failure instanceof KvUnavailableException || failure instanceof KvConnectionException
                || failure instanceof KvTimeoutException;
    }

    private RuntimeException inPrimary(RuntimeException failure) {
        String where = "Primary region " + this.primary.name() + ": ";
        if (failure instanceof KvUnavailableException) {
            return new KvUnavailableException(where + failure.getMessage(), failure);
        }
        if (failure instanceof KvConnectionException) {
            return new KvConnectionException(where + failure.getMessage(), failure);
        }
        return failure;
    }

    /**
     * Return a snapshot of every region, the primary first.
     * @return the regions' states
     */
    public List<RegionStatus> regions() {
        long now = System.nanoTime();
        List<RegionStatus> regions = new ArrayList<>();
        regions.add(this.primary.status(now));
        this.readRegions.forEach((region) -> regions.add(region.status(now)));
        return regions;
    }

    /**
     * Return how reads are routed.
     * @return the routing
     */
    public ReadRouting readRouting() {
        return this.routing;
    }

    @Override
    public PipelineStats pipelineStats() {
        PipelineStats total = this.primary.transport().pipelineStats();
        for (Region region : this.readRegions) {
            total = total.plus(region.transport().pipelineStats());
        }
        return total;
    }

    @Override
    public boolean issuesSyncTokens() {
        return true;
    }

    @Override
    public boolean clustered() {
        return this.primary.transport().clustered();
    }

    @Override
    public Optional<TransportPubSub> pubSub() {
        // subscribers and PUBLISH (a write) meet on the primary
        return this.primary.transport().pubSub();
    }

    @Override
    public String description() {
        StringBuilder text = new StringBuilder("regions [").append(this.primary.name())
            .append(" (primary) ")
            .append(this.primary.transport().description());
        for (Region region : this.readRegions) {
            text.append(", ").append(region.name()).append(' ').append(region.transport().description());
        }
        return text.append(']').toString();
    }

    @Override
    public void close() {
        RuntimeException first = null;
        List<Region> all = new ArrayList<>(this.readRegions);
        all.add(this.primary);
        for (Region region : all) {
            try {
                region.transport().close();
            }
            catch (RuntimeException ex) {
                first = (first != null) ? first : ex;
            }
        }
        if (first != null) {
            throw first;
        }
    }

    /**
     * Configures a {@link RegionalTransport}.
     */
    public static final class Builder {

        private @Nullable String primaryName;

        private @Nullable Transport primaryTransport;

        private final List<Named> readRegions = new ArrayList<>();

        private @Nullable String local;

        private @Nullable ReadRouting routing;

        private Duration cooldown = Duration.ofSeconds(5);

        private Builder() {
        }

        /**
         * Set the primary region, which takes every write (required).
         * @param name the region name
         * @param transport its transport
         * @return this builder
         */
        public Builder primary(String name, Transport transport) {
            checkName(name);
            this.primaryName = name;
            this.primaryTransport = transport;
            return this;
        }

        /**
         * Add a read region.
         * @param name the region name
         * @param transport its transport
         * @return this builder
         */
        public Builder readRegion(String name, Transport transport) {
            checkName(name);
            this.readRegions.add(new Named(name, transport));
            return this;
        }

        /**
         * Name the region this application runs in; reads go there first unless another
         * routing is chosen (the primary's name sends reads to the primary, with the read
         * regions as fallback).
         * @param name a region's name
         * @return this builder
         */
        public Builder localRegion(String name) {
            this.local = name;
            return this;
        }

        /**
         * Choose where reads go: {@link ReadRouting#LOCAL} by default when a local region
         * is set, otherwise {@link ReadRouting#NEAREST}.
         * @param routing the routing
         * @return this builder
         */
        public Builder readRouting(ReadRouting routing) {
            this.routing = routing;
            return this;
        }

        /**
         * Set how long a region that could not be reached is skipped (default 5 s).
         * @param cooldown the rest period
         * @return this builder
         */
        public Builder failureCooldown(Duration cooldown) {
            if (cooldown.isNegative()) {
                throw new IllegalArgumentException("failureCooldown must not be negative");
            }
            this.cooldown = cooldown;
            return this;
        }

        /**
         * Build the transport.
         * @return the transport
         * @throws IllegalStateException if there is no primary, a region name repeats, or
         * the local region is unknown
         */
        public RegionalTransport build() {
            if (this.primaryName == null || this.primaryTransport == null) {
                throw new IllegalStateException("A primary region is required: call primary(name, transport)");
            }
            List<String> names = new ArrayList<>();
            names.add(this.primaryName);
            for (Named region : this.readRegions) {
                if (names.contains(region.name())) {
                    throw new IllegalStateException("Region " + region.name() + " is configured twice");
                }
                names.add(region.name());
            }
            if (this.local != null && !names.contains(this.local)) {
                throw new IllegalStateException("Unknown local region '" + this.local + "'; the regions are " + names);
            }
            return new RegionalTransport(this);
        }

        private static void checkName(String name) {
            if (name.isBlank()) {
                throw new IllegalArgumentException("A region name must not be blank");
            }
        }

        private record Named(String name, Transport transport) {
        }

    }

}
