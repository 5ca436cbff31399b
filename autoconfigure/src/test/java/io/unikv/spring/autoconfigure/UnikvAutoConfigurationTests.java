package io.unikv.spring.autoconfigure;

import java.util.List;

import io.unikv.Consistency;
import io.unikv.KeyValueStore;
import io.unikv.KvAuthenticationException;
import io.unikv.KvLimits;
import io.unikv.RedisStore;
import io.unikv.testserver.UnikvTestServer;
import io.unikv.transport.Transport;
import io.unikv.transport.rest.RestTransport;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Context-runner tests of {@link UnikvAutoConfiguration} and the choice of backend; no
 * sockets are opened (transports connect lazily).
 *
 * @author unikv authors
 */
class UnikvAutoConfigurationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(
            AutoConfigurations.of(UnikvEmbeddedServerAutoConfiguration.class, UnikvAutoConfiguration.class));

    private final ApplicationContextRunner withoutTestServer = this.runner
        .withClassLoader(new FilteredClassLoader(UnikvTestServer.class));

    @Test
    void restBackendFromProperties() {
        this.runner.withPropertyValues("unikv.rest.url=https://eu1-example.upstash.io", "unikv.rest.token=secret")
            .run((context) -> {
                assertThat(context).hasSingleBean(RedisStore.class).doesNotHaveBean(UnikvTestServer.class);
                assertThat(context.getBean(Transport.class)).isInstanceOf(RestTransport.class);
                assertThat(context.getBean(Transport.class).description())
                    .isEqualTo("rest https://eu1-example.upstash.io");
                assertThat(context.getBean(UnikvConnectionDetails.class).getBackend())
                    .isEqualTo(UnikvProperties.Backend.REST);
            });
    }

    @Test
    void consistencyAndLimitsFromProperties() {
        this.runner
            .withPropertyValues("unikv.rest.url=https://eu1-example.upstash.io", "unikv.rest.token=secret",
                    "unikv.consistency=eventual", "unikv.kv.limits=relaxed")
            .run((context) -> {
                RedisStore store = context.getBean(RedisStore.class);
                assertThat(store.consistency()).isEqualTo(Consistency.EVENTUAL);
                assertThat(store.limits()).isEqualTo(KvLimits.relaxed());
            });
    }

    @Test
    void tcpBackendFromSpringDataRedisProperties() {
        this.runner.withConfiguration(AutoConfigurations.of(DataRedisAutoConfiguration.class))
            .withPropertyValues("spring.data.redis.host=redis.example.com", "spring.data.redis.port=6390")
            .run((context) -> {
                assertThat(context).hasSingleBean(RedisStore.class).doesNotHaveBean(UnikvTestServer.class);
                assertThat(context.getBean(Transport.class).description())
                    .isEqualTo("tcp redis://redis.example.com:6390");
            });
    }

    @Test
    void kvProfileGivesOnlyAKeyValueStore() {
        this.runner
            .withPropertyValues("unikv.rest.url=https://eu1-example.upstash.io", "unikv.rest.token=secret",
                    "unikv.profile=kv")
            .run((context) -> {
                assertThat(context).hasSingleBean(KeyValueStore.class).doesNotHaveBean(RedisStore.class);
                assertThat(context.getBean(KeyValueStore.class)).isNotInstanceOf(RedisStore.class);
            });
        this.runner.withPropertyValues("unikv.profile=memcached")
            .run((context) -> assertThat(context).hasFailed()
                .getFailure()
                .hasStackTraceContaining("Failed to bind properties under 'unikv.profile'"));
    }

    @Test
    void readOnlyTokenAloneMakesAReadOnlyStore() {
        this.runner
            .withPropertyValues("unikv.rest.url=https://eu1-example.upstash.io", "unikv.rest.read-only-token=reader")
            .run((context) -> assertThatExceptionOfType(KvAuthenticationException.class)
                .isThrownBy(() -> context.getBean(RedisStore.class).set("k", "v"))
                .withMessageContaining("read-only token; nothing was sent"));
        this.runner
            .withPropertyValues("unikv.rest.url=https://eu1-example.upstash.io", "unikv.rest.token=secret",
                    "unikv.rest.read-only-token=reader")
            .run((context) -> assertThat(context).hasNotFailed());
    }

    @Test
    void missingTokenFailsWithTheProperty() {
        this.runner.withPropertyValues("unikv.rest.url=https://eu1-example.upstash.io")
            .run((context) -> assertThat(analysis(context).getDescription()).contains("'unikv.rest.token'")
                .contains("is not set, but a REST url is"));
        this.runner.withPropertyValues("unikv.rest.url=https://eu1-example.upstash.io")
            .run((context) -> assertThat(analysis(context).getAction()).contains("UPSTASH_REDIS_REST_TOKEN"));
    }

    @Test
    void malformedUrlFailsWithTheProperty() {
        this.runner.withPropertyValues("unikv.rest.url=eu1-example.upstash.io", "unikv.rest.token=secret")
            .run((context) -> assertThat(analysis(context).getDescription()).contains("'unikv.rest.url'")
                .contains("'eu1-example.upstash.io' is not an absolute http(s) URL"));
    }

    @Test
    void contradictorySettingsFail() {
        this.runner
            .withPropertyValues("unikv.backend=tcp", "unikv.rest.url=https://eu1-example.upstash.io",
                    "unikv.rest.token=secret")
            .run((context) -> assertThat(analysis(context).getDescription()).contains("'unikv.backend'")
                .contains("unikv.rest.url is set too"));
    }

    @Test
    void noBackendAndNoTestServerFailsWithTheWaysToConfigureOne() {
        this.withoutTestServer.run((context) -> {
            FailureAnalysis analysis = analysis(context);
            assertThat(analysis.getDescription()).contains("'unikv.backend'");
            assertThat(analysis.getAction()).contains("unikv.rest.url", "spring.data.redis.*", "unikv-test-server");
        });
        this.withoutTestServer.withPropertyValues("unikv.backend=embedded")
            .run((context) -> assertThat(analysis(context).getDescription())
                .contains("is embedded, but the unikv test server is not on the classpath"));
    }

    @Test
    void tcpWithoutSpringDataRedisFails() {
        this.withoutTestServer.withPropertyValues("unikv.backend=tcp")
            .withClassLoader(new FilteredClassLoader("org.springframework.data.redis"))
            .run((context) -> assertThat(analysis(context).getDescription())
                .contains("Spring Data Redis with Lettuce is not on the classpath"));
    }

    @Test
    void unknownLocalRegionFails() {
        this.runner.withUserConfiguration(TwoRegions.class)
            .withPropertyValues("unikv.local-region=mars")
            .run((context) -> assertThat(analysis(context).getDescription()).contains("'unikv.local-region'")
                .contains("'mars' is not one of the regions [us-east-1, eu-west-1]"));
    }

    @Test
    void restRegionsFromProperties() {
        this.runner
            .withPropertyValues("unikv.rest.token=shared", "unikv.regions[0].name=us-east-1",
                    "unikv.regions[0].url=https://us.example.com", "unikv.regions[1].name=eu-west-1",
                    "unikv.regions[1].url=https://eu.example.com", "unikv.regions[1].token=eu-token",
                    "unikv.local-region=eu-west-1")
            .run((context) -> {
                assertThat(context).doesNotHaveBean(UnikvTestServer.class);
                assertThat(context.getBean(UnikvConnectionDetails.class).getRestEndpoints()).containsExactly(
                        new UnikvConnectionDetails.RestEndpoint("us-east-1", "https://us.example.com", "shared"),
                        new UnikvConnectionDetails.RestEndpoint("eu-west-1", "https://eu.example.com", "eu-token"));
                assertThat(context.getBean(Transport.class).description()).startsWith("regions [us-east-1 (primary)");
            });
    }

    @Test
    void badRegionsFailWithTheProperty() {
        this.runner
            .withPropertyValues("unikv.regions[0].name=us", "unikv.regions[0].url=https://us.example.com",
                    "unikv.regions[0].token=t", "unikv.regions[1].url=https://eu.example.com")
            .run((context) -> assertThat(analysis(context).getDescription()).contains("'unikv.regions[1].name'"));
        this.runner
            .withPropertyValues("unikv.regions[0].name=us", "unikv.regions[0].url=https://us.example.com",
                    "unikv.regions[0].redis-uri=redis://us:6379")
            .run((context) -> assertThat(analysis(context).getDescription()).contains("'unikv.regions[0].redis-uri'")
                .contains("is set together with url"));
        this.runner.withPropertyValues("unikv.regions[0].name=us", "unikv.regions[0].url=https://us.example.com",
                "unikv.regions[0].token=t", "unikv.regions[1].name=eu", "unikv.regions[1].redis-uri=redis://eu:6379")
            .run((context) -> assertThat(analysis(context).getDescription()).contains("'unikv.regions'")
                .contains("mixes REST urls and redis-uris"));
        this.runner.withPropertyValues("unikv.regions[0].name=us", "unikv.regions[0].redis-uri=not a uri")
            .run((context) -> assertThat(analysis(context).getDescription()).contains("'unikv.regions[0].redis-uri'"));
    }

    @Test
    void userConnectionDetailsWinAndNoEmbeddedServerStarts() {
        this.runner.withUserConfiguration(TwoRegions.class).run((context) -> {
            assertThat(context).doesNotHaveBean(UnikvTestServer.class).hasSingleBean(RedisStore.class);
            assertThat(context.getBean(Transport.class).description()).startsWith("regions [us-east-1 (primary)")
                .contains("eu-west-1 rest https://eu.example.com");
        });
    }

    @Test
    void userStoreAndTransportBackOff() {
        this.runner.withUserConfiguration(UserStore.class).run((context) -> {
            assertThat(context).hasSingleBean(RedisStore.class).hasSingleBean(Transport.class);
            assertThat(context.getBean(RedisStore.class)).isSameAs(context.getBean(UserStore.class).store);
            assertThat(context.getBean(Transport.class).description()).isEqualTo("rest https://mine.example.com");
        });
    }

    @Test
    void absentWithoutUnikvCore() {
        this.runner.withClassLoader(new FilteredClassLoader(RedisStore.class))
            .run((context) -> assertThat(context).doesNotHaveBean(RedisStore.class)
                .doesNotHaveBean(UnikvProperties.class));
    }

    private static FailureAnalysis analysis(AssertableApplicationContext context) {
        assertThat(context).hasFailed();
        FailureAnalysis analysis = new UnikvConfigurationFailureAnalyzer().analyze(context.getStartupFailure());
        assertThat(analysis).as("failure analysis of %s", context.getStartupFailure()).isNotNull();
        return analysis;
    }

    @Configuration(proxyBeanMethods = false)
    static class TwoRegions {

        @Bean
        UnikvConnectionDetails unikvConnectionDetails() {
            return UnikvConnectionDetails
                .rest(List.of(new UnikvConnectionDetails.RestEndpoint("us-east-1", "https://us.example.com", "t"),
                        new UnikvConnectionDetails.RestEndpoint("eu-west-1", "https://eu.example.com", "t")));
        }

    }

    @Configuration(proxyBeanMethods = false)
    static class UserStore {

        final RedisStore store = RedisStore.builder()
            .transport(RestTransport.builder().url("https://mine.example.com").token("t").build())
            .build();

        @Bean
        RedisStore myStore() {
            return this.store;
        }

        @Bean
        Transport myTransport() {
            return RestTransport.builder().url("https://mine.example.com").token("t").build();
        }

    }

}
