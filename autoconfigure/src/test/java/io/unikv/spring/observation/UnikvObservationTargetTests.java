package io.unikv.spring.observation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Server address and port from transport descriptions.
 *
 * @author unikv authors
 */
class UnikvObservationTargetTests {

    @Test
    void restWithoutPortUsesTheSchemesDefault() {
        assertThat(UnikvObservationTarget.of("primary", "REST", "rest https://eu1-x.upstash.io"))
            .isEqualTo(new UnikvObservationTarget("primary", "rest", "rest https://eu1-x.upstash.io",
                    "eu1-x.upstash.io", 443));
    }

    @Test
    void restWithPortAndPath() {
        UnikvObservationTarget target = UnikvObservationTarget.of("r", "rest", "rest http://127.0.0.1:8079/db");
        assertThat(target.serverAddress()).isEqualTo("127.0.0.1");
        assertThat(target.serverPort()).isEqualTo(8079);
    }

    @Test
    void tcpStandaloneClusterAndSentinel() {
        assertThat(UnikvObservationTarget.of("p", "tcp", "tcp redis://cache:6380/2").serverPort()).isEqualTo(6380);
        UnikvObservationTarget cluster = UnikvObservationTarget.of("p", "tcp", "tcp redis-cluster://a:7000,b:7001");
        assertThat(cluster.serverAddress()).isEqualTo("a");
        assertThat(cluster.serverPort()).isEqualTo(7000);
        UnikvObservationTarget sentinel = UnikvObservationTarget.of("p", "tcp",
                "tcp rediss-sentinel://s1:26379#mymaster");
        assertThat(sentinel.serverAddress()).isEqualTo("s1");
        assertThat(sentinel.serverPort()).isEqualTo(26379);
    }

    @Test
    void descriptionWithoutUrl() {
        UnikvObservationTarget target = UnikvObservationTarget.of("p", "tcp", "tcp redis-cluster");
        assertThat(target.serverAddress()).isEqualTo("unknown");
        assertThat(target.serverPort()).isZero();
    }

}
