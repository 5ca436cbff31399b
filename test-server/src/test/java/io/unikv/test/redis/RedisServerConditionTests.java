package io.unikv.test.redis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests for {@link RedisServerCondition} and {@link RedisServerBinary}.
 *
 * @author unikv authors
 */
class RedisServerConditionTests {

    private static final String MISSING_ON_PATH = "redis-server not found on PATH (install the Debian packages "
            + "redis-server and redis-tools, or set UNIKV_REDIS_SERVER to the binary)";

    @TempDir
    Path temp;

    @Test
    void findsTheBinaryOnPath() throws IOException {
        Path bin = Files.createDirectory(this.temp.resolve("bin"));
        Path binary = executable(bin.resolve("redis-server"));
        Map<String, String> env = Map.of("PATH", this.temp.resolve("empty") + ":" + bin);
        assertThat(RedisServerBinary.locate(env)).contains(binary);
        ConditionEvaluationResult result = RedisServerCondition.evaluate(env);
        assertThat(result.isDisabled()).isFalse();
        assertThat(result.getReason()).contains("redis-server found at " + binary);
    }

    @Test
    void prefersTheEnvironmentVariableOverPath() throws IOException {
        Path onPath = executable(this.temp.resolve("redis-server"));
        Path explicit = executable(this.temp.resolve("my-redis"));
        Map<String, String> env = Map.of("PATH", this.temp.toString(), "UNIKV_REDIS_SERVER", explicit.toString());
        assertThat(RedisServerBinary.locate(env)).contains(explicit).isNotEqualTo(onPath);
    }

    @Test
    void doesNotFallBackToPathWhenTheEnvironmentVariableIsWrong() throws IOException {
        executable(this.temp.resolve("redis-server"));
        Map<String, String> env = Map.of("PATH", this.temp.toString(), "UNIKV_REDIS_SERVER", "/nonexistent");
        ConditionEvaluationResult result = RedisServerCondition.evaluate(env);
        assertThat(result.isDisabled()).isTrue();
        assertThat(result.getReason()).contains("redis-server not found at UNIKV_REDIS_SERVER=/nonexistent (install "
                + "the Debian packages redis-server and redis-tools, or set UNIKV_REDIS_SERVER to the binary)");
    }

    @Test
    void ignoresNonExecutableFilesAndDirectories() throws IOException {
        Path plain = Files.createDirectory(this.temp.resolve("plain"));
        Files.createFile(plain.resolve("redis-server"));
        Path nested = Files.createDirectories(this.temp.resolve("nested").resolve("redis-server"));
        Map<String, String> env = Map.of("PATH", plain + ":" + nested.getParent());
        assertThat(RedisServerBinary.locate(env)).isEmpty();
    }

    @Test
    void disablesWithAReasonWhenTheBinaryIsMissing() {
        ConditionEvaluationResult result = RedisServerCondition.evaluate(Map.of("PATH", this.temp.toString()));
        assertThat(result.isDisabled()).isTrue();
        assertThat(result.getReason()).contains(MISSING_ON_PATH);
    }

    @Test
    void disablesWhenPathIsUnset() {
        assertThat(RedisServerCondition.evaluate(Map.of()).getReason()).contains(MISSING_ON_PATH);
    }

    @Test
    void failsWhenTheBinaryIsMissingButRequired() {
        Map<String, String> env = Map.of("PATH", this.temp.toString(), "UNIKV_REQUIRE_REDIS", "true");
        assertThatIllegalStateException().isThrownBy(() -> RedisServerCondition.evaluate(env))
            .withMessageStartingWith(MISSING_ON_PATH)
            .withMessageEndingWith("UNIKV_REQUIRE_REDIS=true");
    }

    @Test
    void onlyTrueRequiresTheBinary() {
        Map<String, String> env = Map.of("PATH", this.temp.toString(), "UNIKV_REQUIRE_REDIS", "no");
        assertThat(RedisServerCondition.evaluate(env).isDisabled()).isTrue();
    }

    @Test
    void enablesWhenRequiredAndPresent() throws IOException {
        executable(this.temp.resolve("redis-server"));
        Map<String, String> env = Map.of("PATH", this.temp.toString(), "UNIKV_REQUIRE_REDIS", "true");
        assertThat(RedisServerCondition.evaluate(env).isDisabled()).isFalse();
    }

    private static Path executable(Path path) throws IOException {
        return Files.createFile(path,
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
    }

}
