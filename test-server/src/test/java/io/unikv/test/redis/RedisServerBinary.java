package io.unikv.test.redis;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Finds the {@code redis-server} executable: the path in {@code UNIKV_REDIS_SERVER} if
 * that variable is set, otherwise the first {@code redis-server} on {@code PATH}.
 *
 * @author unikv authors
 */
final class RedisServerBinary {

    static final String ENV_BINARY = "UNIKV_REDIS_SERVER";

    private static final String NAME = "redis-server";

    private static final String HINT = " (install the Debian packages redis-server and redis-tools, or set "
            + ENV_BINARY + " to the binary)";

    private RedisServerBinary() {
    }

    /**
     * Looks the binary up. An explicit {@code UNIKV_REDIS_SERVER} that does not name an
     * executable file is not second-guessed by falling back to {@code PATH}.
     * @param env the environment to read
     * @return the executable, or empty if there is none
     */
    static Optional<Path> locate(Map<String, String> env) {
        String explicit = explicit(env);
        if (explicit != null) {
            return toPath(explicit).filter(RedisServerBinary::isExecutableFile);
        }
        return Arrays.stream(env.getOrDefault("PATH", "").split(File.pathSeparator))
            .filter((dir) -> !dir.isEmpty())
            .flatMap((dir) -> toPath(dir).stream())
            .map((dir) -> dir.resolve(NAME))
            .filter(RedisServerBinary::isExecutableFile)
            .findFirst();
    }

    /**
     * Describes why {@link #locate(Map)} found nothing, with a hint how to fix it.
     * @param env the environment that was searched
     * @return the message
     */
    static String missingMessage(Map<String, String> env) {
        String explicit = explicit(env);
        String where = (explicit != null) ? "at " + ENV_BINARY + "=" + explicit : "on PATH";
        return NAME + " not found " + where + HINT;
    }

    private static @Nullable String explicit(Map<String, String> env) {
        String value = env.get(ENV_BINARY);
        return (value != null && !value.isBlank()) ? value : null;
    }

    private static Optional<Path> toPath(String value) {
        try {
            return Optional.of(Path.of(value));
        }
        catch (InvalidPathException ex) {
            return Optional.empty();
        }
    }

    private static boolean isExecutableFile(Path path) {
        return Files.isRegularFile(path) && Files.isExecutable(path);
    }

}
