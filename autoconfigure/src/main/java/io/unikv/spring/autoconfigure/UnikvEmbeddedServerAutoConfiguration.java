package io.unikv.spring.autoconfigure;

import io.unikv.RedisStore;
import io.unikv.spring.test.UnikvTestServerConnectionDetails;
import io.unikv.testserver.UnikvTestServer;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.boot.data.redis.autoconfigure.DataRedisConnectionDetails;

/**
 * The embedded default: with no backend configured and {@code unikv-test-server} on the
 * classpath, an in-process unikv test server (RESP and Upstash REST, optionally several
 * regions) starts with the application context and stops with it, and the stores talk to
 * it over REST. A log line says so, as Spring Boot does for embedded databases. An
 * application or test that defines its own {@link UnikvConnectionDetails} gets no
 * embedded server. When Spring Data Redis is on the classpath, its connection details
 * point at the embedded server's primary too, so {@code RedisTemplate} and Boot's Redis
 * health indicator work without {@code spring.data.redis.*}.
 *
 * @author unikv authors
 */
@AutoConfiguration(before = UnikvAutoConfiguration.class,
        beforeName = "org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration")
@ConditionalOnClass({ UnikvTestServer.class, RedisStore.class })
@ConditionalOnMissingBean(UnikvConnectionDetails.class)
@Conditional(EmbeddedBackendCondition.class)
@EnableConfigurationProperties(UnikvProperties.class)
public final class UnikvEmbeddedServerAutoConfiguration {

    private static final Log logger = LogFactory.getLog(UnikvEmbeddedServerAutoConfiguration.class);

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    UnikvTestServer unikvEmbeddedServer(UnikvProperties properties) {
        UnikvProperties.Embedded embedded = properties.getEmbedded();
        UnikvTestServer server;
        try {
            server = UnikvTestServer.builder()
                .token(embedded.getToken())
                .port(embedded.getPort())
                .httpPort(embedded.getHttpPort())
                .regions(embedded.getRegions().toArray(String[]::new))
                .start();
        }
        catch (IllegalArgumentException ex) {
            throw new UnikvConfigurationException("unikv.embedded.regions", ex.getMessage(),
                    "Write each region as name[:lag[~jitter]], for example eu-west-1:150ms.");
        }
        logger.info("Started an embedded unikv test server (no unikv.rest.url or spring.data.redis.* configured): "
                + String.join(", ", server.readyLines()));
        return server;
    }

    @Bean
    UnikvConnectionDetails unikvConnectionDetails(UnikvTestServer server, UnikvProperties properties) {
        return UnikvTestServerConnectionDetails.of(server, properties.getEmbedded().getToken());
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.data.redis.autoconfigure.DataRedisConnectionDetails")
    @Conditional(NoDataRedisServerCondition.class)
    static class SpringDataRedisConfiguration {

        @Bean
        @ConditionalOnMissingBean(DataRedisConnectionDetails.class)
        EmbeddedDataRedisConnectionDetails unikvEmbeddedDataRedisConnectionDetails(UnikvTestServer server,
                UnikvProperties properties) {
            return new EmbeddedDataRedisConnectionDetails(server, properties.getEmbedded().getToken());
        }

    }

}
