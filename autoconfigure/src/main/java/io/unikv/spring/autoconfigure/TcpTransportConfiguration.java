package io.unikv.spring.autoconfigure;

import io.unikv.transport.lettuce.LettuceTransport;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * The TCP transport over the application's Spring Data Redis connection factory, so
 * {@code spring.data.redis.*} (standalone, Sentinel, Cluster, SSL) applies.
 *
 * @author unikv authors
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass({ LettuceConnectionFactory.class, LettuceTransport.class })
class TcpTransportConfiguration {

    @Bean
    TcpTransportFactory unikvTcpTransportFactory(ObjectProvider<RedisConnectionFactory> connectionFactory) {
        return () -> {
            RedisConnectionFactory factory = connectionFactory.getIfUnique();
            if (!(factory instanceof LettuceConnectionFactory lettuce)) {
                throw new UnikvConfigurationException("unikv.backend",
                        "is tcp, but the application has " + ((factory != null)
                                ? "a " + factory.getClass().getSimpleName() : "no single Redis connection factory"),
                        "Use Lettuce (spring-boot-starter-data-redis, spring.data.redis.client-type=lettuce) with "
                                + "one RedisConnectionFactory bean.");
            }
            return LettuceTransport.of(lettuce);
        };
    }

}
