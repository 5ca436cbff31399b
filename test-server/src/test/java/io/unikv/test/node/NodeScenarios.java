package io.unikv.test.node;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs a Node.js scenario script against unikv with npm packages (the official Upstash
 * clients) installed into {@code target/} on first use. The script prints one line
 * {@code SCENARIO <name> <json>} per scenario; tests assert the JSON. Without
 * {@code node} or {@code npm} the calling test class is skipped, unless
 * {@code UNIKV_REQUIRE_REDIS=true} (CI), where that fails.
 *
 * @author unikv authors
 */
public final class NodeScenarios {

    private static final long INSTALL_SECONDS = 240;

    private static final long RUN_SECONDS = 120;

    private final Path directory;

    private NodeScenarios(Path directory) {
        this.directory = directory;
    }

    /**
     * Make sure Node.js is there and the packages are installed.
     * @param directory the directory under {@code target/} to install into
     * @param packages the npm packages with versions, e.g. {@code @upstash/redis@1.39.0}
     * @return the installation
     * @throws Exception if npm fails
     */
    public static NodeScenarios install(String directory, String... packages) throws Exception {
        for (String tool : List.of("node", "npm")) {
            if (findOnPath(tool) == null) {
                String reason = tool + " is not on the PATH; the tests with " + String.join(", ", packages)
                        + " need Node.js 18+";
                if (Boolean.parseBoolean(System.getenv("UNIKV_REQUIRE_REDIS"))) {
                    throw new IllegalStateException(reason + "; failing because UNIKV_REQUIRE_REDIS=true");
                }
                Assumptions.abort(reason);
            }
        }
        Path install = Path.of("target", directory).toAbsolutePath();
        if (!installed(install, packages)) {
            Files.createDirectories(install);
            List<String> command = new ArrayList<>(List.of(String.valueOf(findOnPath("npm")), "install", "--no-save",
                    "--no-audit", "--no-fund", "--prefix", install.toString()));
            command.addAll(List.of(packages));
            Path log = install.resolve("npm-install.log");
            Process npm = new ProcessBuilder(command).directory(install.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
            String output = awaitExit(npm, INSTALL_SECONDS, log);
            if (npm.exitValue() != 0) {
                throw new IllegalStateException("npm install " + List.of(packages) + " failed:\n" + output);
            }
        }
        return new NodeScenarios(install);
    }

    /**
     * Run a scenario script (a class-path resource next to the test class) and collect
     * what it reports.
     * @param testClass the test class, whose package holds the script
     * @param script the script's file name
     * @param environment environment variables for the script (URLs, tokens)
     * @return the JSON each scenario reported, by scenario name
     * @throws Exception if the script cannot run
     */
    public Map<String, String> run(Class<?> testClass, String script, Map<String, String> environment)
            throws Exception {
        Path file = this.directory.resolve(script);
        try (InputStream in = testClass.getResourceAsStream(script)) {
            if (in == null) {
                throw new IllegalStateException("No resource " + script + " next to " + testClass.getName());
            }
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        Path output = this.directory.resolve(script.replace(".cjs", ".log"));
        ProcessBuilder builder = new ProcessBuilder(String.valueOf(findOnPath("node")), file.toString())
            .directory(this.directory.toFile())
            .redirectErrorStream(true)
            .redirectOutput(output.toFile());
        builder.environment().putAll(environment);
        builder.environment().put("UPSTASH_DISABLE_TELEMETRY", "1");
        Process node = builder.start();
        String log = awaitExit(node, RUN_SECONDS, output);
        assertThat(node.exitValue()).as("node exit code, output:%n%s", log).isZero();
        Map<String, String> results = new HashMap<>();
        for (String line : log.split("\n")) {
            if (line.startsWith("SCENARIO ")) {
                String[] parts = line.split(" ", 3);
                results.put(parts[1], parts[2].strip());
            }
        }
        return results;
    }

    private static boolean installed(Path install, String... packages) {
        for (String spec : packages) {
            int version = spec.lastIndexOf('@');
            String name = (version > 0) ? spec.substring(0, version) : spec;
            if (!Files.isRegularFile(install.resolve("node_modules").resolve(name).resolve("package.json"))) {
                return false;
            }
        }
        return true;
    }

    private static String awaitExit(Process process, long seconds, Path output) throws Exception {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new IllegalStateException(process.info().command().orElse("process") + " did not finish within "
                    + seconds + " s:\n" + read(output));
        }
        return read(output);
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }

    private static @Nullable Path findOnPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, tool);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

}
