package io.unikv.spring.autoconfigure;

import java.net.ConnectException;
import java.net.Socket;

import io.unikv.Consistency;
import io.unikv.KeyValueStore;
import io.unikv.RedisStore;
import io.unikv.testserver.UnikvTestServer;
import io.unikv.transport.Transport;
import io.unikv.transport.region.RegionalTransport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.data.redis.autoconfigure.DataRedisConnectionDetails;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.redis.core.StringRedisTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The embedded default: an in-process test server starts with the context when nothing
 * else is configured, serves the store, logs that it started, and stops with the context;
 * an application's own {@link UnikvConnectionDetails} (a test's server) replaces it.
 *
 * @author unikv authors
 */
@ExtendWith(OutputCaptureExtension.class)
class UnikvEmbeddedServerAutoConfigurationIntegrationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(
            AutoConfigurations.of(UnikvEmbeddedServerAutoConfiguration.class, UnikvAutoConfiguration.class));

    @Test
    void startsServesLogsAndStopsWithTheContext(CapturedOutput output) {
        int[] port = new int[1];
        this.runner.run((context) -> {
            UnikvTestServer server = context.getBean(UnikvTestServer.class);
            port[0] = server.httpPort();
            KeyValueStore kv = context.getBean(KeyValueStore.class);
            kv.put("greeting", "hello");
            assertThat(kv.get("greeting")).isEqualTo("hello");
            assertThat(server.<String>direct((data) -> data.get("greeting"))).isEqualTo("hello");
            assertThat(output).contains("Started an embedded unikv test server")
                .contains("READY region=local role=primary");
        });
        assertThatExceptionOfType(ConnectException.class).isThrownBy(() -> {
            try (Socket socket = new Socket("127.0.0.1", port[0])) {
                socket.getInputStream();
            }
        });
    }

    @Test
    void regionsGiveARegionalStoreWithReadYourWrites() {
        this.runner.withPropertyValues("unikv.embedded.regions=us-east-1,eu-west-1:150ms,ap-southeast-1:5s")
            .run((context) -> {
                assertThat(context.getBean(Transport.class)).isInstanceOf(RegionalTransport.class);
                RegionalTransport regions = context.getBean(RegionalTransport.class);
                assertThat(regions.regions()).extracting((region) -> region.name())
                    .containsExactly("us-east-1", "eu-west-1", "ap-southeast-1");
                RedisStore store = context.getBean(RedisStore.class);
                store.set("k", "v");
                // the local region defaults to the last one, 5 s behind
                assertThat(store.withConsistency(Consistency.EVENTUAL).get("k")).isNull();
                assertThat(store.get("k")).isEqualTo("v");
            });
    }

    @Test
    void badRegionsFailWithTheProperty() {
        this.runner.withPropertyValues("unikv.embedded.regions=us-east-1,eu west").run((context) -> {
            assertThat(context).hasFailed();
            FailureAnalysis analysis = new UnikvConfigurationFailureAnalyzer().analyze(context.getStartupFailure());
            assertThat(analysis.getDescription()).contains("'unikv.embedded.regions'")
                .contains("Invalid region name 'eu west'");
            assertThat(analysis.getAction()).contains("name[:lag[~jitter]]");
        });
    }

    @Test
    void aTestsOwnServerReplacesTheEmbeddedOne() {
        try (UnikvTestServer testServer = UnikvTestServer.builder().token("test").start()) {
            this.runner
                .withBean(UnikvConnectionDetails.class, () -> UnikvConnectionDetails.rest(testServer.restUrl(), "test"))
                .run((context) -> {
                    assertThat(context).doesNotHaveBean(UnikvTestServer.class);
                    context.getBean(KeyValueStore.class).put("k", "from the app");
                    assertThat(testServer.<String>direct((data) -> data.get("k"))).isEqualTo("from the app");
                });
        }
    }

    @Test
    void springDataRedisUsesTheEmbeddedServerWhenNothingIsConfigured() {
        this.runner.withConfiguration(AutoConfigurations.of(DataRedisAutoConfiguration.class)).run((context) -> {
            UnikvTestServer server = context.getBean(UnikvTestServer.class);
            assertThat(context.getBean(DataRedisConnectionDetails.class).getStandalone().getPort())
                .isEqualTo(server.port());
            StringRedisTemplate template = context.getBean(StringRedisTemplate.class);
            template.opsForValue().set("from-template", "hello");
            assertThat(context.getBean(RedisStore.class).get("from-template")).isEqualTo("hello");
        });
    }

    @Test
    void springDataRedisPropertiesWinOverTheEmbeddedServer() {
        this.runner.withConfiguration(AutoConfigurations.of(DataRedisAutoConfiguration.class))
            .withPropertyValues("unikv.backend=embedded", "spring.data.redis.port=6390")
            .run((context) -> {
                assertThat(context).hasSingleBean(UnikvTestServer.class);
                assertThat(context.getBean(DataRedisConnectionDetails.class).getStandalone().getPort()).isEqualTo(6390);
            });
    }

}
