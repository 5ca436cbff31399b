package io.unikv.commands;

import java.util.List;

import io.lettuce.core.RedisClient;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.unikv.test.redis.RealRedis;
import io.unikv.test.redis.RedisNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks {@link Script} against a real Redis: the digest is what {@code SCRIPT LOAD}
 * returns and a {@code no-writes} script is one Redis runs with {@code EVALSHA_RO}.
 *
 * @author unikv authors
 */
@RealRedis
class ScriptIntegrationTests {

    private static RedisClient client;

    private static StatefulRedisConnection<String, String> connection;

    @BeforeAll
    static void connect(RedisNode redis) {
        client = RedisClient.create(redis.redisUri());
        connection = client.connect();
    }

    @AfterAll
    static void close() {
        connection.close();
        client.shutdown();
    }

    @ParameterizedTest
    @ValueSource(strings = { "return 1", "#!lua\nreturn 2", "#!lua flags=no-writes\nreturn redis.call('GET', KEYS[1])",
            "#!lua flags=no-writes,allow-stale\nreturn 'héllo'" })
    void sha1MatchesScriptLoad(String source) {
        RedisCommands<String, String> redis = connection.sync();
        Script script = Script.of(source);
        assertThat(redis.scriptLoad(source)).isEqualTo(script.sha1());
        assertThat(redis.scriptExists(script.sha1())).containsExactly(true);
    }

    @ParameterizedTest
    @ValueSource(strings = { "#!lua flags=no-writes\nreturn redis.call('GET', KEYS[1])" })
    void readOnlyScriptRunsWithEvalshaRo(String source) {
        RedisCommands<String, String> redis = connection.sync();
        Script script = Script.of(source);
        assertThat(script.isReadOnly()).isTrue();
        redis.set("k", "v");
        redis.scriptLoad(source);
        String result = redis.evalshaReadOnly(script.sha1(), ScriptOutputType.VALUE, new String[] { "k" });
        assertThat(result).isEqualTo("v");
        assertThat(List.of(script.flags().toArray())).containsExactly("no-writes");
    }

}
