package io.unikv.transport.region;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.unikv.Consistency;
import io.unikv.KvUnavailableException;
import io.unikv.KvException;
import io.unikv.RedisStore;
import io.unikv.SyncToken;
import io.unikv.codec.KvCodec;
import io.unikv.testserver.MutableClock;
import io.unikv.testserver.TestServerRegion;
import io.unikv.testserver.UnikvTestServer;
import io.unikv.transport.Transport;
import io.unikv.transport.lettuce.LettuceTransport;
import io.unikv.transport.rest.RestTransport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * {@link RegionalTransport} against the test server's regions (a primary and a read
 * replica lagging 150 ms on a clock the tests move): routing, consistency modes, sync
 * tokens over REST and over RESP ({@code ROLE}), round trips, and failover.
 *
 * @author unikv authors
 */
class RegionalTransportIntegrationTests {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

    private UnikvTestServer server;

    private RedisClient client;

    private CountingTransport primary;

    private CountingTransport replica;

    private RegionalTransport regional;

    private RedisStore store;

    @BeforeEach
    void start() {
        this.server = UnikvTestServer.builder()
            .token("t")
            .clock(this.clock)
            .regions("us-east-1", "eu-west-1:150ms", "ap-southeast-1:300ms")
            .syncTokenWait(Duration.ofMillis(100))
            .start();
        this.client = RedisClient.create();
        // writes to a dead primary fail at once instead of waiting for a reconnect
        this.client.setOptions(ClientOptions.builder()
            .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
            .build());
    }

    @AfterEach
    void stop() {
        if (this.store != null) {
            this.store.close();
        }
        this.client.shutdown();
        this.server.close();
    }

    private void overTcp() {
        connect(tcp(this.server.primary()), tcp(this.server.region("eu-west-1")));
    }

    private void overRest() {
        connect(rest(this.server.primary()), rest(this.server.region("eu-west-1")));
    }

    private void connect(Transport primary, Transport replica) {
        this.primary = new CountingTransport(primary);
        this.replica = new CountingTransport(replica);
        this.regional = RegionalTransport.builder()
            .primary("us-east-1", this.primary)
            .readRegion("eu-west-1", this.replica)
            .localRegion("eu-west-1")
            .failureCooldown(Duration.ofMinutes(1))
            .build();
        this.store = RedisStore.builder().transport(this.regional).codec(KvCodec.string()).build();
    }

    private Transport tcp(TestServerRegion region) {
        RedisURI uri = RedisURI.builder()
            .withHost("127.0.0.1")
            .withPort(region.port())
            .withPassword("t".toCharArray())
            .withTimeout(Duration.ofSeconds(5))
            .build();
        return LettuceTransport.of(this.client, uri);
    }

    private static Transport rest(TestServerRegion region) {
        return RestTransport.builder().url(region.restUrl()).token("t").autoPipelining(false).build();
    }

    @Test
    void tcpWritesGoToThePrimaryWithTheirOffsetAsTokenInOneRoundTrip() {
        overTcp();
        this.store.set("k", "v");
        assertThat(this.primary.requests()).isOne();
        assertThat(this.replica.requests()).isZero();
        SyncToken token = this.store.syncToken();
        assertThat(token).isNotNull();
        assertThat(token.offset()).isEqualTo(this.server.writeOffset());
        this.store.multi().incr("n");
        assertThat(this.primary.requests()).isOne();
    }

    @Test
    void tcpReadYourWritesRepeatsReadsOnThePrimaryOnlyWhileTheReplicaIsBehind() {
        overTcp();
        this.store.set("k", "v1");
        assertThat(this.store.get("k")).isEqualTo("v1");
        // the replica was behind: one round trip to it (ROLE + GET), one to the primary
        assertThat(this.replica.requests()).isOne();
        assertThat(this.primary.requests()).isEqualTo(2);
        assertThat(this.regional.regions().get(1).behind()).isOne();
        assertThat(this.regional.regions().get(1).lag()).isPositive();
        assertThat(this.regional.regions().get(0).lag()).isEqualTo(-1);
        this.server.advanceClock(Duration.ofMillis(150));
        assertThat(this.store.get("k")).isEqualTo("v1");
        assertThat(this.replica.requests()).isEqualTo(2);
        assertThat(this.primary.requests()).isEqualTo(2);
        assertThat(this.regional.regions().get(1).behind()).isOne();
        assertThat(this.regional.regions().get(1).lag()).isZero();
    }

    @Test
    void tcpEventualReadsMayBeStaleAndStrongReadsGoToThePrimary() {
        overTcp();
        this.store.set("k", "v1");
        assertThat(this.store.withConsistency(Consistency.EVENTUAL).get("k")).isNull();
        assertThat(this.store.withConsistency(Consistency.STRONG).get("k")).isEqualTo("v1");
        assertThat(this.replica.requests()).isOne();
        assertThat(this.primary.requests()).isEqualTo(2);
    }

    @Test
    void restReadYourWritesWaitsOrFallsBackOnTheServer() {
        overRest();
        this.store.set("k", "v1");
        assertThat(this.store.syncToken()).isNotNull();
        assertThat(this.store.withConsistency(Consistency.EVENTUAL).get("k")).isNull();
        // the replica's reply token shows how far behind the write it was
        assertThat(this.regional.regions().get(1).lag()).isPositive();
        // the replica cannot catch up while the clock stands still: the server falls back
        assertThat(this.store.get("k")).isEqualTo("v1");
        assertThat(this.replica.requests()).isEqualTo(2);
        assertThat(this.primary.requests()).isOne();
        this.server.advanceClock(Duration.ofMillis(150));
        assertThat(this.store.withConsistency(Consistency.EVENTUAL).get("k")).isEqualTo("v1");
        assertThat(this.regional.regions().get(1).lag()).isZero();
        assertThat(this.regional.regions().get(0).lag()).isEqualTo(-1);
    }

    @Test
    void aTokenHandedToAnotherStoreGivesTheSameGuarantee() {
        overTcp();
        this.store.set("k", "v1");
        try (RedisStore other = RedisStore.builder()
            .transport(RegionalTransport.builder()
                .primary("us-east-1", tcp(this.server.primary()))
                .readRegion("eu-west-1", tcp(this.server.region("eu-west-1")))
                .localRegion("eu-west-1")
                .build())
            .codec(KvCodec.string())
            .build()) {
            assertThat(other.get("k")).isNull();
            other.useSyncToken(this.store.syncToken());
            assertThat(other.get("k")).isEqualTo("v1");
        }
    }

    @Test
    void readsFailOverWhenTheReadRegionIsDown() {
        overTcp();
        this.store.set("k", "v1");
        this.server.advanceClock(Duration.ofMillis(150));
        assertThat(this.store.get("k")).isEqualTo("v1");
        this.server.region("eu-west-1").faults().down(true);
        for (int i = 0; i < 5; i++) {
            assertThat(this.store.get("k")).isEqualTo("v1");
        }
        RegionStatus eu = this.regional.regions().get(1);
        assertThat(eu.up()).isFalse();
        assertThat(eu.failures()).isGreaterThanOrEqualTo(1);
        assertThat(eu.failovers()).isEqualTo(eu.failures());
        assertThat(this.regional.regions().get(0).failovers()).isZero();
    }

    @Test
    void restReadsFailOverWhenTheReadRegionIsDown() {
        overRest();
        this.store.set("k", "v1");
        this.server.region("eu-west-1").faults().down(true);
        for (int i = 0; i < 5; i++) {
            assertThat(this.store.get("k")).isEqualTo("v1");
        }
        assertThat(this.regional.regions().get(1).up()).isFalse();
        assertThat(this.regional.regions().get(1).failures()).isOne();
        assertThatExceptionOfType(KvException.class).isThrownBy(() -> {
            this.server.primary().faults().down(true);
            this.store.set("k", "v2");
        }).withMessageStartingWith("Primary region us-east-1: ");
    }

    @Test
    void writesFailFastWithAClearErrorWhenThePrimaryIsDown() {
        overTcp();
        this.store.set("k", "v1");
        this.server.primary().faults().down(true);
        assertTimeoutPreemptively(Duration.ofSeconds(4), () -> {
            assertThatExceptionOfType(KvException.class).isThrownBy(() -> this.store.set("k", "v2"))
                .withMessageStartingWith("Primary region us-east-1: ");
            assertThatExceptionOfType(KvUnavailableException.class).isThrownBy(() -> this.store.set("k", "v3"))
                .withMessageStartingWith("Primary region us-east-1: ");
        });
        this.server.primary().faults().down(false);
        this.server.advanceClock(Duration.ofMillis(150));
        String stored = this.server.direct((data) -> data.get("k"));
        assertThat(stored).isIn("v1", "v2").isNotEqualTo("v3");
    }

    @Test
    void nearestRoutingPrefersTheFastestRegion() {
        this.server.region("eu-west-1").faults().latency(Duration.ofMillis(40));
        CountingTransport eu = new CountingTransport(tcp(this.server.region("eu-west-1")));
        CountingTransport ap = new CountingTransport(tcp(this.server.region("ap-southeast-1")));
        this.regional = RegionalTransport.builder()
            .primary("us-east-1", tcp(this.server.primary()))
            .readRegion("eu-west-1", eu)
            .readRegion("ap-southeast-1", ap)
            .readRouting(ReadRouting.NEAREST)
            .build();
        this.store = RedisStore.builder()
            .transport(this.regional)
            .codec(KvCodec.string())
            .consistency(Consistency.EVENTUAL)
            .build();
        for (int i = 0; i < 20; i++) {
            this.store.get("k");
        }
        assertThat(ap.requests()).isGreaterThan(eu.requests());
        assertThat(eu.requests()).isLessThanOrEqualTo(2);
        assertThat(this.regional.regions()).extracting(RegionStatus::name)
            .containsExactly("us-east-1", "eu-west-1", "ap-southeast-1");
    }

    @Test
    void configurationIsChecked() {
        Transport any = rest(this.server.primary());
        assertThatIllegalStateException().isThrownBy(() -> RegionalTransport.builder().readRegion("eu", any).build())
            .withMessageContaining("A primary region is required");
        assertThatIllegalStateException()
            .isThrownBy(() -> RegionalTransport.builder().primary("us", any).readRegion("us", any).build())
            .withMessage("Region us is configured twice");
        assertThatIllegalStateException()
            .isThrownBy(() -> RegionalTransport.builder().primary("us", any).localRegion("mars").build())
            .withMessage("Unknown local region 'mars'; the regions are [us]");
        assertThat(List.of(ReadRouting.values())).hasSize(3);
        any.close();
    }

}
