package io.unikv.sample;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Boots the sample app on a random port, as {@code ./mvnw -pl sample-app -am compile
 * spring-boot:run} does, and checks it serves its health page.
 *
 * @author unikv authors
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
class SampleApplicationIntegrationTests {

    @Autowired
    private RestTestClient client;

    @Test
    void healthIsUp() {
        this.client.get()
            .uri("/actuator/health")
            .accept(MediaType.APPLICATION_JSON)
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$.status")
            .isEqualTo("UP");
    }

    @Test
    void healthHasOneComponentPerRegionAndTheUnikvEndpointDescribesThem() {
        this.client.get()
            .uri("/actuator/health")
            .exchange()
            .expectBody()
            .jsonPath("$.components.unikv.components['us-east-1'].status")
            .isEqualTo("UP")
            .jsonPath("$.components.unikv.components['eu-west-1'].details.primary")
            .isEqualTo(false)
            .jsonPath("$.components.unikv.components['ap-southeast-1'].status")
            .isEqualTo("UP")
            // Spring Data Redis (for RedisTemplate users) talks to the embedded primary
            // too
            .jsonPath("$.components.redis.status")
            .isEqualTo("UP");
        this.client.get()
            .uri("/actuator/unikv")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$.backend")
            .isEqualTo("rest")
            .jsonPath("$.consistency")
            .isEqualTo("read_your_writes")
            .jsonPath("$.regions.length()")
            .isEqualTo(3);
    }

    @Test
    void everyCommandIsTimedAsDbClientOperationDuration() {
        this.client.post().uri("/counters/timed").exchange().expectStatus().isOk();
        this.client.get()
            .uri("/actuator/metrics/db.client.operation.duration")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$.availableTags[?(@.tag == 'unikv.region')].values[*]")
            .value((regions) -> assertThat(regions.toString()).contains("us-east-1"))
            .jsonPath("$.availableTags[?(@.tag == 'db.system.name')].values[0]")
            .isEqualTo("redis");
    }

    @Test
    void kvEndpointsStoreListAndReturnMetadata() {
        this.client.put()
            .uri("/kv/user:1")
            .contentType(MediaType.APPLICATION_JSON)
            .body("{\"value\":\"Ada\",\"metadata\":{\"plan\":\"pro\"},\"expirationTtl\":3600}")
            .exchange()
            .expectStatus()
            .isNoContent();
        this.client.get()
            .uri("/kv/user:1")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$.value")
            .isEqualTo("Ada")
            .jsonPath("$.metadata.plan")
            .isEqualTo("pro");
        this.client.get()
            .uri("/kv?prefix=user:")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$.keys[0].name")
            .isEqualTo("user:1")
            .jsonPath("$.keys[0].expiration")
            .exists()
            .jsonPath("$.listComplete")
            .isEqualTo(true);
        this.client.get().uri("/kv/missing").exchange().expectStatus().isNotFound();
    }

    @Test
    void countersAndLeaderboards() {
        this.client.post().uri("/counters/visits").exchange().expectStatus().isOk();
        this.client.post().uri("/counters/visits").exchange().expectBody().jsonPath("$.value").isEqualTo(2);
        this.client.post()
            .uri("/leaderboards/weekly")
            .contentType(MediaType.APPLICATION_JSON)
            .body("{\"player\":\"ada\",\"points\":30}")
            .exchange()
            .expectStatus()
            .isOk();
        this.client.post()
            .uri("/leaderboards/weekly")
            .contentType(MediaType.APPLICATION_JSON)
            .body("{\"player\":\"grace\",\"points\":50}")
            .exchange()
            .expectStatus()
            .isOk();
        this.client.get()
            .uri("/leaderboards/weekly")
            .exchange()
            .expectBody()
            .jsonPath("$[0].value")
            .isEqualTo("grace")
            .jsonPath("$[1].value")
            .isEqualTo("ada");
    }

    @Test
    void readAfterWriteDemoShowsWhatReadYourWritesBuys() {
        boolean eventualMissedAWrite = false;
        for (int i = 0; i < 5; i++) {
            Map<String, Object> result = this.client.post()
                .uri("/demo/read-after-write")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
                })
                .returnResult()
                .getResponseBody();
            assertThat(result).containsEntry("readYourWritesSawTheWrite", true);
            assertThat((List<?>) result.get("regions")).hasSize(3);
            eventualMissedAWrite |= Boolean.FALSE.equals(result.get("eventualSawTheWrite"));
        }
        // eu-west-1 lags 150 ms: an immediate eventual read misses the write
        assertThat(eventualMissedAWrite).isTrue();
        // and the endpoint shows how far behind the read region was
        this.client.get()
            .uri("/actuator/unikv")
            .exchange()
            .expectBody()
            .jsonPath("$.regions[?(@.name == 'eu-west-1')].replicationLagBytes")
            .exists();
    }

}
