package io.unikv.transport.lettuce;

import java.util.List;

import io.lettuce.core.RedisClient;
import io.unikv.KvUnavailableException;
import io.unikv.RedisStore;
import io.unikv.test.redis.RealRedis;
import io.unikv.test.redis.RedisNode;
import io.unikv.transport.Command;
import io.unikv.transport.Reply;
import io.unikv.transport.Transport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link LettuceTransport} against a real standalone {@code redis-server}, from a Lettuce
 * client and from a Spring Data Redis {@link LettuceConnectionFactory}.
 *
 * @author unikv authors
 */
@RealRedis
class LettuceTransportRealRedisIntegrationTests extends AbstractLettuceTransportIntegrationTests {

    private static RedisClient client;

    private static LettuceTransport transport;

    @BeforeAll
    static void connect(RedisNode node) {
        client = RedisClient.create();
        transport = LettuceTransport.of(client, node.redisUri());
    }

    @AfterAll
    static void disconnect() {
        transport.close();
        client.shutdown();
    }

    @Override
    protected Transport transport() {
        return transport;
    }

    @Test
    void transportOverALettuceConnectionFactory(RedisNode node) {
        LettuceConnectionFactory factory = new LettuceConnectionFactory(
                new RedisStandaloneConfiguration(node.host(), node.port()));
        factory.afterPropertiesSet();
        factory.start();
        try (LettuceTransport fromFactory = LettuceTransport.of(factory)) {
            assertThat(fromFactory.description()).isEqualTo("tcp redis://" + node.host() + ":" + node.port());
            fromFactory.execute(Command.write("SET", "spring", "data")).join();
            assertThat(fromFactory.execute(Command.read("GET", "spring")).join()).isEqualTo(Reply.Bulk.of("data"));
            assertThat(fromFactory.pipeline(List.of(Command.write("INCR", "n"), Command.write("INCR", "n"))).join())
                .containsExactly(new Reply.Int(1), new Reply.Int(2));
            assertThat(fromFactory.transaction(List.of(Command.write("INCR", "n"), Command.read("GET", "n"))).join())
                .containsExactly(new Reply.Int(3), Reply.Bulk.of("3"));
            RedisStore store = RedisStore.builder().transport(fromFactory).build();
            assertThat(store.ping()).isEqualTo("PONG");
            assertThat(store.dbSize()).isEqualTo(2);
        }
        finally {
            factory.destroy();
        }
    }

    @Test
    void factoryThatIsNotStartedIsUnavailable(RedisNode node) {
        LettuceConnectionFactory factory = new LettuceConnectionFactory(
                new RedisStandaloneConfiguration(node.host(), node.port()));
        try (LettuceTransport fromFactory = LettuceTransport.of(factory)) {
            assertThatExceptionOfType(Exception.class)
                .isThrownBy(() -> fromFactory.execute(Command.read("PING")).join())
                .havingCause()
                .isInstanceOf(KvUnavailableException.class);
            factory.afterPropertiesSet();
            factory.start();
            assertThat(fromFactory.execute(Command.read("PING")).join()).isEqualTo(Reply.Bulk.of("PONG"));
        }
        finally {
            factory.destroy();
        }
    }

}
