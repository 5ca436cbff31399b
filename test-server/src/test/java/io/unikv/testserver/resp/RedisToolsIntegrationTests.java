package io.unikv.testserver.resp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.unikv.test.redis.RealRedis;
import io.unikv.testserver.UnikvTestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Redis's own command-line tools, unchanged, against the test server: {@code redis-cli}
 * (interactive-style commands, RESP3 with {@code -3}, pipe mode) and
 * {@code redis-benchmark}. Runs where the real-Redis fixtures run ({@link RealRedis}
 * skips or fails the same way when the Debian packages are missing).
 *
 * @author unikv authors
 */
@RealRedis
class RedisToolsIntegrationTests {

    private static UnikvTestServer server;

    @BeforeAll
    static void start() {
        server = UnikvTestServer.builder().withoutHttp().token("pw").start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void flush() {
        server.direct((data) -> {
            data.flushAll();
            return null;
        });
    }

    @Test
    void redisCliRunsCommands() throws Exception {
        assertThat(cli("SET", "greeting", "hello world")).isEqualTo("OK");
        assertThat(cli("GET", "greeting")).isEqualTo("hello world");
        assertThat(cli("INCRBYFLOAT", "f", "0.1")).isEqualTo("0.1");
        assertThat(cli("-3", "HELLO", "3")).contains("proto", "3");
        assertThat(cli("HSET", "h", "a", "1")).isEqualTo("1");
        assertThat(cli("-3", "HGETALL", "h")).contains("a", "1");
        assertThat(cli("NOSUCH")).contains("ERR unknown command 'NOSUCH'");
    }

    @Test
    void redisCliPipeModeLoadsData() throws Exception {
        StringBuilder protocol = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            protocol.append("*3\r\n$3\r\nSET\r\n$")
                .append(("k" + i).length())
                .append("\r\nk")
                .append(i)
                .append("\r\n$1\r\nv\r\n");
        }
        String output = run(
                List.of("redis-cli", "-p", Integer.toString(server.port()), "-a", "pw", "--no-auth-warning", "--pipe"),
                protocol.toString());
        assertThat(output).contains("errors: 0, replies: 1000");
        assertThat(cli("DBSIZE")).isEqualTo("1000");
    }

    @Test
    void redisBenchmarkRunsWithoutErrors() throws Exception {
        String output = run(List.of("redis-benchmark", "-p", Integer.toString(server.port()), "-a", "pw", "-q", "-n",
                "2000", "-c", "4", "-P", "8", "-t", "set,get,incr,lpush,lpop,sadd,hset,zadd"), "");
        assertThat(output).contains("SET:", "GET:", "ZADD:", "requests per second").doesNotContain("ERR");
    }

    private static String cli(String... args) throws Exception {
        List<String> command = new ArrayList<>(
                List.of("redis-cli", "-p", Integer.toString(server.port()), "-a", "pw", "--no-auth-warning"));
        command.addAll(List.of(args));
        return run(command, "").strip();
    }

    private static String run(List<String> command, String input) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(command.get(0) + " did not finish within 60 s");
        }
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

}
