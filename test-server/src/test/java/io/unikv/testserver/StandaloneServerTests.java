package io.unikv.testserver;

import java.time.Duration;
import java.util.List;

import io.unikv.testserver.internal.replication.RegionSpec;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link StandaloneServer}'s command line.
 *
 * @author unikv authors
 */
class StandaloneServerTests {

    @Test
    void defaultsToLoopbackAndUpstashDevPorts() {
        StandaloneServer.Options options = StandaloneServer.parse(new String[0]);
        assertThat(options).isEqualTo(new StandaloneServer.Options("127.0.0.1", 6379, 8079, null, null, List.of()));
    }

    @Test
    void readsEveryOption() {
        StandaloneServer.Options options = StandaloneServer.parse(new String[] { "--bind", "0.0.0.0", "--port", "0",
                "--http-port", "65535", "--token", "secret", "--read-only-token", "reader" });
        assertThat(options).isEqualTo(new StandaloneServer.Options("0.0.0.0", 0, 65535, "secret", "reader", List.of()));
    }

    @Test
    void laterOptionsWin() {
        StandaloneServer.Options options = StandaloneServer.parse(new String[] { "--port", "1", "--port", "2" });
        assertThat(options).isNotNull();
        assertThat(options.port()).isEqualTo(2);
    }

    @Test
    void helpReturnsNull() {
        assertThat(StandaloneServer.parse(new String[] { "--help" })).isNull();
        assertThat(StandaloneServer.parse(new String[] { "--port", "0", "-h" })).isNull();
    }

    @Test
    void rejectsUnknownOption() {
        assertThatIllegalArgumentException().isThrownBy(() -> StandaloneServer.parse(new String[] { "--prot", "1" }))
            .withMessage("Unknown option --prot");
    }

    @Test
    void rejectsMissingValue() {
        assertThatIllegalArgumentException().isThrownBy(() -> StandaloneServer.parse(new String[] { "--token" }))
            .withMessage("Missing value for --token");
    }

    @Test
    void rejectsBadPorts() {
        assertThatIllegalArgumentException().isThrownBy(() -> StandaloneServer.parse(new String[] { "--port", "x" }))
            .withMessage("--port must be a port number from 0 to 65535, was 'x'");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> StandaloneServer.parse(new String[] { "--http-port", "65536" }))
            .withMessage("--http-port must be a port number from 0 to 65535, was '65536'");
        assertThatIllegalArgumentException().isThrownBy(() -> StandaloneServer.parse(new String[] { "--port", "-1" }))
            .withMessageContaining("--port must be a port number");
    }

    @Test
    void rejectsBlankValues() {
        assertThatIllegalArgumentException().isThrownBy(() -> StandaloneServer.parse(new String[] { "--token", " " }))
            .withMessage("--token must not be blank");
    }

    @Test
    void regionsArePrimaryFirstWithLagAndJitter() {
        StandaloneServer.Options options = StandaloneServer.parse(new String[] { "--region", "us-east-1", "--region",
                "eu-west-1:150ms", "--region", "ap-southeast-1:300ms~100ms" });
        assertThat(options.regions()).containsExactly(new RegionSpec("us-east-1", Duration.ZERO, Duration.ZERO),
                new RegionSpec("eu-west-1", Duration.ofMillis(150), Duration.ZERO),
                new RegionSpec("ap-southeast-1", Duration.ofMillis(300), Duration.ofMillis(100)));
        assertThatIllegalArgumentException()
            .isThrownBy(() -> StandaloneServer.parse(new String[] { "--region", "a", "--region", "a:1s" }))
            .withMessage("--region a is given twice");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> StandaloneServer.parse(new String[] { "--region", "eu:fast" }))
            .withMessageContaining("expected name[:lag[~jitter]]");
    }

}
