package io.unikv.test.redis;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link ServerLog}.
 *
 * @author unikv authors
 */
class ServerLogTests {

    private static final Duration LONG = Duration.ofSeconds(30);

    @Test
    void seesAMarkerAnywhereInALine() {
        ServerLog log = new ServerLog(List.of("Ready to accept"));
        log.follow(stream("starting\n1:M 01 Jan * Ready to accept connections\n"), "test-log");
        assertThat(log.await("Ready to accept", LONG)).isTrue();
    }

    @Test
    void waitsForALineWrittenLater() throws IOException {
        PipedOutputStream out = new PipedOutputStream();
        ServerLog log = new ServerLog(List.of("sync: Finished"));
        log.follow(new PipedInputStream(out), "test-log");
        assertThat(log.await("sync: Finished", Duration.ofMillis(50))).isFalse();
        out.write("MASTER <-> REPLICA sync: Finished with success\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
        assertThat(log.await("sync: Finished", LONG)).isTrue();
        out.close();
    }

    @Test
    @Timeout(10)
    void givesUpAsSoonAsTheOutputEnds() {
        ServerLog log = new ServerLog(List.of("Ready"));
        log.follow(stream("Address already in use\n"), "test-log");
        assertThat(log.await("Ready", LONG)).isFalse();
        assertThat(log.tail()).isEqualTo("Address already in use");
    }

    @Test
    void keepsOnlyTheLastLines() {
        ServerLog log = new ServerLog(List.of("done"));
        String lines = IntStream.range(0, 120).mapToObj((i) -> "line " + i).collect(Collectors.joining("\n"));
        log.follow(stream(lines + "\ndone\n"), "test-log");
        assertThat(log.await("done", LONG)).isTrue();
        List<String> tail = log.tail().lines().toList();
        assertThat(tail).hasSize(ServerLog.TAIL_LINES).endsWith("line 119", "done");
    }

    @Test
    void rejectsMarkersItWasNotCreatedWith() {
        ServerLog log = new ServerLog(List.of("Ready"));
        assertThatIllegalArgumentException().isThrownBy(() -> log.await("other", LONG));
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

}
