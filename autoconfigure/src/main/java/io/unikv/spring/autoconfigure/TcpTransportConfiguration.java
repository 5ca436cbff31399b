package io.unikv.spring.autoconfigure;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.unikv.transport.Transport;
import io.unikv.transport.lettuce.LettuceTransport;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * The TCP transport: over the application's Spring Data Redis connection factory, so
 * {@code spring.data.redis.*} (standalone, Sentinel, Cluster, SSL) applies, or, for
 * regions given by {@code redis-uri}, over a Lettuce client of its own that rejects
 * commands while disconnected (so writes to a dead primary fail fast).
 *
 * @author unikv authors
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass({ LettuceConnectionFactory.class, LettuceTransport.class })
class TcpTransportConfiguration {

    @Bean
    Factory unikvTcpTransportFactory(ObjectProvider<RedisConnectionFactory> connectionFactory) {
        return new Factory(connectionFactory);
    }

    static final class Factory implements TcpTransportFactory, DisposableBean {

        private final ObjectProvider<RedisConnectionFactory> connectionFactory;

        private @Nullable RedisClient client;

        Factory(ObjectProvider<RedisConnectionFactory> connectionFactory) {
            this.connectionFactory = connectionFactory;
        }

        @Override
        public Transport create() {
            RedisConnectionFactory factory = this.connectionFactory.getIfUnique();
            if (!(factory instanceof LettuceConnectionFactory lettuce)) {
                throw new UnikvConfigurationException("unikv.backend",
                        "is tcp, but the application has " + ((factory != null)
                                ? "a " + factory.getClass().getSimpleName() : "no single Redis connection factory"),
                        "Use Lettuce (spring-boot-starter-data-redis, spring.data.redis.client-type=lettuce) with "
                                + "one RedisConnectionFactory bean, or give unikv.regions[*].redis-uri.");
            }
            return LettuceTransport.of(lettuce);
        }

        @Override
        public synchronized Transport create(String property, String redisUri) {
            RedisURI uri;
            try {
                uri = RedisURI.create(redisUri);
            }
            catch (IllegalArgumentException ex) {
                throw new UnikvConfigurationException(property, "'" + redisUri + "' is not a Redis URI",
                        "Use redis://[user:password@]host:port[/database] or rediss://... for TLS.");
            }
            if (this.client == null) {
                this.client = RedisClient.create();
                this.client.setOptions(ClientOptions.builder()
                    .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                    .build());
            }
            return LettuceTransport.of(this.client, uri);
        }

        @Override
        public synchronized void destroy() {
            if (this.client != null) {
                this.client.shutdown();
            }
        }

    }

}
