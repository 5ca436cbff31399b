package io.unikv.spring.autoconfigure;

import io.unikv.KvLimits;
import io.unikv.KeyValueStore;
import io.unikv.RedisStore;
import io.unikv.RedisStoreBuilder;
import io.unikv.transport.Transport;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

/**
 * Auto-configuration of a unikv {@link RedisStore} (also a
 * {@link io.unikv.KeyValueStore}) and its {@link Transport}: REST from
 * {@code unikv.rest.*}, TCP over the application's Redis connection factory, or whatever
 * {@link UnikvConnectionDetails} bean the application or the embedded server defines.
 *
 * @author unikv authors
 */
@AutoConfiguration(afterName = "org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration")
@ConditionalOnClass(RedisStore.class)
@EnableConfigurationProperties(UnikvProperties.class)
@Import(TcpTransportConfiguration.class)
public final class UnikvAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(UnikvConnectionDetails.class)
    PropertiesUnikvConnectionDetails unikvConnectionDetails(UnikvProperties properties, Environment environment) {
        return new PropertiesUnikvConnectionDetails(properties, environment);
    }

    @Bean
    @ConditionalOnMissingBean
    UnikvRegions unikvRegions(UnikvConnectionDetails details, UnikvProperties properties,
            ObjectProvider<TcpTransportFactory> tcp, ObjectProvider<UnikvTransportDecorator> decorators) {
        return UnikvTransports.regions(details, properties, tcp.getIfAvailable(), decorators.orderedStream().toList());
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    Transport unikvTransport(UnikvRegions regions, UnikvProperties properties) {
        return UnikvTransports.transport(regions, properties);
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    @ConditionalOnProperty(name = "unikv.profile", havingValue = "redis", matchIfMissing = true)
    RedisStore unikvStore(Transport transport, UnikvProperties properties) {
        return builder(transport, properties).build();
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    @ConditionalOnProperty(name = "unikv.profile", havingValue = "kv")
    KeyValueStore unikvKeyValueStore(Transport transport, UnikvProperties properties) {
        return builder(transport, properties).buildKeyValueStore();
    }

    private static RedisStoreBuilder builder(Transport transport, UnikvProperties properties) {
        return RedisStore.builder()
            .transport(transport)
            .consistency(properties.getConsistency())
            .limits((properties.getKv().getLimits() == UnikvProperties.Kv.Limits.STRICT) ? KvLimits.strict()
                    : KvLimits.relaxed());
    }

}
