package io.unikv.testserver;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.URI;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs {@link StandaloneServer} in a child JVM, as {@code java -jar ...-standalone.jar}
 * would, and checks what a developer or a script sees: the {@code READY} line, working
 * RESP and REST ports, a clean stop on SIGTERM, and exit codes.
 *
 * @author unikv authors
 */
class StandaloneServerIntegrationTests {

    private static final Duration DEADLINE = Duration.ofSeconds(30);

    private static final Pattern READY = Pattern
        .compile("READY region=local role=primary resp=127\\.0\\.0\\.1:(\\d+) http=http://127\\.0\\.0\\.1:(\\d+)");

    @TempDir
    Path dir;

    @Test
    void printsReadyServesRespAndStopsCleanlyOnSigterm() throws Exception {
        Child child = start("--port", "0", "--http-port", "0", "--token", "t");
        try {
            String ready = child.readLine();
            Matcher matcher = READY.matcher(ready);
            assertThat(matcher.matches()).as("READY line: %s", ready).isTrue();
            int port = Integer.parseInt(matcher.group(1));
            assertThat(port).isPositive();
            assertThat(Integer.parseInt(matcher.group(2))).isPositive();
            RedisClient client = RedisClient.create(RedisURI.builder()
                .withHost("127.0.0.1")
                .withPort(port)
                .withPassword("t".toCharArray())
                .withTimeout(DEADLINE)
                .build());
            try (StatefulRedisConnection<String, String> connection = client.connect()) {
                RedisCommands<String, String> redis = connection.sync();
                assertThat(redis.set("greeting", "hello")).isEqualTo("OK");
                assertThat(redis.get("greeting")).isEqualTo("hello");
            }
            finally {
                client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
            }
            HttpResponse<String> rest = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + matcher.group(2) + "/get/greeting"))
                    .header("Authorization", "Bearer t")
                    .timeout(DEADLINE)
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(rest.body()).isEqualTo("{\"result\":\"hello\"}");
            // SIGTERM; unlike Process.destroy(), the handle leaves stdout open to read to
            // the end.
            assertThat(child.process.toHandle().destroy()).isTrue();
            assertThat(child.awaitExit()).isIn(0, 143);
            assertThat(child.remainingOutput()).isEmpty();
            assertThat(child.errors()).doesNotContain("Exception").doesNotContain("\tat ");
        }
        finally {
            child.process.destroyForcibly();
        }
    }

    @Test
    void helpPrintsUsageAndExitsZero() throws Exception {
        Child child = start("--help");
        assertThat(child.awaitExit()).isZero();
        assertThat(child.remainingOutput()).first().asString().startsWith("usage: ");
        assertThat(child.errors()).isEmpty();
    }

    @Test
    void unknownOptionExitsTwoWithMessage() throws Exception {
        Child child = start("--prot", "6379");
        assertThat(child.awaitExit()).isEqualTo(2);
        assertThat(child.errors()).startsWith("error: Unknown option --prot").contains("usage: ");
        assertThat(child.remainingOutput()).isEmpty();
    }

    @Test
    void badPortExitsTwoWithMessage() throws Exception {
        Child child = start("--port", "70000");
        assertThat(child.awaitExit()).isEqualTo(2);
        assertThat(child.errors()).startsWith("error: --port must be a port number from 0 to 65535, was '70000'");
    }

    @Test
    void missingValueExitsTwoWithMessage() throws Exception {
        Child child = start("--port", "0", "--token");
        assertThat(child.awaitExit()).isEqualTo(2);
        assertThat(child.errors()).startsWith("error: Missing value for --token");
    }

    @Test
    void portInUseExitsOneWithoutStackTrace() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Child child = start("--port", String.valueOf(taken.getLocalPort()), "--http-port", "0");
            assertThat(child.awaitExit()).isEqualTo(1);
            assertThat(child.errors()).startsWith("error: could not start the server: ").doesNotContain("\tat ");
            assertThat(child.remainingOutput()).isEmpty();
        }
    }

    private Child start(String... args) throws IOException {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classpath(),
                        StandaloneServer.class.getName()));
        command.addAll(List.of(args));
        Path errors = Files.createTempFile(this.dir, "stderr", ".txt");
        Process process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
        return new Child(process, errors);
    }

    /**
     * The test JVM's class path, plus the URLs of a launcher's class loader (the JUnit
     * console launcher's {@code -cp} does not show in {@code java.class.path}).
     */
    private static String classpath() {
        StringBuilder path = new StringBuilder(System.getProperty("java.class.path"));
        for (ClassLoader loader = StandaloneServer.class.getClassLoader(); loader != null; loader = loader
            .getParent()) {
            if (loader instanceof URLClassLoader urls) {
                for (URL url : urls.getURLs()) {
                    try {
                        path.append(File.pathSeparator).append(Path.of(url.toURI()));
                    }
                    catch (URISyntaxException ex) {
                        throw new IllegalStateException(ex);
                    }
                }
            }
        }
        return path.toString();
    }

    /**
     * A child JVM, its stdout as lines and its stderr in a file (so it can never block).
     */
    private record Child(Process process, Path errorFile, BufferedReader out) {

        Child(Process process, Path errorFile) {
            this(process, errorFile,
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)));
        }

        String readLine() throws Exception {
            CompletableFuture<String> line = CompletableFuture.supplyAsync(() -> {
                try {
                    return this.out.readLine();
                }
                catch (IOException ex) {
                    return null;
                }
            });
            try {
                String text = line.get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
                assertThat(text).as("stdout ended; stderr: %s", errors()).isNotNull();
                return text;
            }
            catch (java.util.concurrent.TimeoutException ex) {
                throw new AssertionError("No output within " + DEADLINE + "; stderr: " + errors(), ex);
            }
        }

        int awaitExit() throws Exception {
            if (!this.process.waitFor(DEADLINE.toSeconds(), TimeUnit.SECONDS)) {
                this.process.destroyForcibly();
                throw new AssertionError("Did not exit within " + DEADLINE + "; stderr: " + errors());
            }
            return this.process.exitValue();
        }

        List<String> remainingOutput() throws IOException {
            return this.out.lines().toList();
        }

        String errors() throws IOException {
            return Files.readString(this.errorFile);
        }

    }

}
