package io.unikv.sample;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.unikv.test.redis.RealRedis;
import io.unikv.test.redis.RedisNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample app against a real {@code redis-server} over TCP, configured through
 * {@code spring.data.redis.*} only, the way its {@code application.yml} says to switch:
 * no embedded server starts, unikv reuses Boot's Lettuce connection factory, and the data
 * lands in the real Redis.
 *
 * @author unikv authors
 */
@RealRedis
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
class SampleApplicationRealRedisIntegrationTests {

    private static RedisNode redis;

    @Autowired
    private RestTestClient client;

    @Autowired
    private ApplicationContext context;

    @BeforeAll
    static void redis(RedisNode node) {
        redis = node;
    }

    @DynamicPropertySource
    static void springDataRedis(DynamicPropertyRegistry registry) {
        registry.add("spring.data.redis.host", () -> redis.host());
        registry.add("spring.data.redis.port", () -> redis.port());
    }

    @Test
    void runsOnTheRealRedisWithoutAnEmbeddedServer() {
        assertThat(this.context.getBeanNamesForType(io.unikv.testserver.UnikvTestServer.class)).isEmpty();
        this.client.post().uri("/counters/visits").exchange().expectStatus().isOk();
        this.client.post().uri("/counters/visits").exchange().expectBody().jsonPath("$.value").isEqualTo(2);
        this.client.put()
            .uri("/kv/user:1")
            .contentType(MediaType.APPLICATION_JSON)
            .body("{\"value\":\"Ada\",\"metadata\":{\"plan\":\"pro\"}}")
            .exchange()
            .expectStatus()
            .isNoContent();
        this.client.get().uri("/kv/user:1").exchange().expectBody().jsonPath("$.metadata.plan").isEqualTo("pro");
        RedisClient lettuce = RedisClient.create(redis.redisUri());
        try (StatefulRedisConnection<String, String> connection = lettuce.connect()) {
            assertThat(connection.sync().get("counter:visits")).isEqualTo("2");
            assertThat(connection.sync().get("user:1")).isEqualTo("Ada");
        }
        finally {
            lettuce.shutdown();
        }
    }

    @Test
    void healthAndTheUnikvEndpointDescribeTheTcpBackend() {
        this.client.post().uri("/counters/health").exchange().expectStatus().isOk();
        this.client.get()
            .uri("/actuator/health")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$.status")
            .isEqualTo("UP")
            .jsonPath("$.components.redis.status")
            .isEqualTo("UP");
        this.client.get()
            .uri("/actuator/unikv")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$.backend")
            .isEqualTo("tcp");
        this.client.get()
            .uri("/actuator/metrics/db.client.operation.duration?tag=server.port:" + redis.port())
            .exchange()
            .expectStatus()
            .isOk();
    }

}
