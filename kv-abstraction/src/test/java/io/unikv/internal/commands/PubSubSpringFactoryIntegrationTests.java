package io.unikv.internal.commands;

import io.lettuce.core.RedisURI;
import io.lettuce.core.protocol.ProtocolVersion;
import io.unikv.KvException;
import io.unikv.pubsub.Subscription;
import io.unikv.transport.Transport;
import io.unikv.transport.lettuce.LettuceTransport;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link PubSubIntegrationTests} against the unikv test server over RESP through a Spring
 * Data Redis {@link LettuceConnectionFactory}, whose subscriptions Spring makes (no shard
 * channels there).
 *
 * @author unikv authors
 */
class PubSubSpringFactoryIntegrationTests extends PubSubIntegrationTests {

    @Override
    Transport transport() {
        RedisURI uri = testServerUri();
        RedisStandaloneConfiguration configuration = new RedisStandaloneConfiguration(uri.getHost(), uri.getPort());
        configuration.setPassword(TOKEN);
        LettuceConnectionFactory factory = new LettuceConnectionFactory(configuration);
        factory.afterPropertiesSet();
        factory.start();
        return new ClientClosing(LettuceTransport.of(factory), factory::destroy);
    }

    @Override
    ProtocolVersion protocol() {
        return ProtocolVersion.RESP3;
    }

    @Override
    boolean shardChannelsAvailable() {
        return false;
    }

    @Test
    void shardChannelsAreRefusedThroughAFactory() {
        assertThatExceptionOfType(KvException.class).isThrownBy(() -> {
            try (Subscription subscription = this.store.pubSub().ssubscribe((message) -> {
            }, "ps:shard")) {
                subscription.names();
            }
        }).withMessageContaining("Spring Data Redis");
    }

}
