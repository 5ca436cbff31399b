package io.unikv.test.redis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts {@code redis-server} processes on free loopback ports and waits until they
 * accept connections, retrying on fresh ports when another process took one between
 * picking and binding.
 *
 * @author unikv authors
 */
final class RedisServerLauncher {

    static final String READY = "Ready to accept connections";

    private static final String PORT_TAKEN = "Address already in use";

    private static final int ATTEMPTS = 5;

    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(20);

    private RedisServerLauncher() {
    }

    /**
     * Starts a server and waits until it logs that it accepts connections.
     * @param binary the {@code redis-server} executable
     * @param spec what to start
     * @return the running server
     * @throws IllegalStateException if it does not start; the message has its output
     */
    static RedisServerProcess start(Path binary, ServerSpec spec) {
        String lastOutput = "";
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int[] ports = FreePorts.pick(spec.cluster() ? 2 : 1);
            RedisServerProcess server = launch(binary, spec, ports[0], spec.cluster() ? ports[1] : 0);
            if (server.logged(READY, STARTUP_TIMEOUT)) {
                return server;
            }
            // The output ends a moment before the process is reaped.
            Integer exitCode = server.exitCodeWithin(Duration.ofSeconds(2));
            server.close();
            lastOutput = server.logTail();
            if (!lastOutput.contains(PORT_TAKEN)) {
                String why = (exitCode != null) ? "exited with code " + exitCode + " while starting"
                        : "did not become ready within " + STARTUP_TIMEOUT.toSeconds() + "s";
                throw new IllegalStateException(server.describe() + " " + why + "; output:\n" + lastOutput);
            }
        }
        throw new IllegalStateException("redis-server (" + spec.role() + ") found its port taken " + ATTEMPTS
                + " times; last output:\n" + lastOutput);
    }

    private static RedisServerProcess launch(Path binary, ServerSpec spec, int port, int busPort) {
        try {
            Path dir = Files.createTempDirectory("unikv-redis-" + port + "-");
            List<String> markers = new ArrayList<>(spec.markers());
            markers.add(READY);
            ServerLog log = new ServerLog(markers);
            Process process = new ProcessBuilder(spec.command(binary, dir, port, busPort)).directory(dir.toFile())
                .redirectErrorStream(true)
                .start();
            log.follow(process.getInputStream(), "redis-server-" + port + "-log");
            return new RedisServerProcess(spec.role(), process, log, dir, port, busPort);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not start " + binary, ex);
        }
    }

}
