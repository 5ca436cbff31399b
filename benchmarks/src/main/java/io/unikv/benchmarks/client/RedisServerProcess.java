package io.unikv.benchmarks.client;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real {@code redis-server} (the binary on the {@code PATH}) on a free loopback port,
 * without persistence, for benchmarks that need the reference server. It is ready when
 * {@link #start()} returns and killed by {@link #close()}.
 *
 * @author unikv authors
 */
final class RedisServerProcess implements AutoCloseable {

    private final Process process;

    private final int port;

    private RedisServerProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * Start a server and wait until it logs that it accepts connections.
     * @return the running server
     * @throws IOException if it cannot be started or exits before it is ready
     */
    static RedisServerProcess start() throws IOException {
        int port = freePort();
        Process process = new ProcessBuilder(List.of("redis-server", "--bind", "127.0.0.1", "--port",
                Integer.toString(port), "--save", "", "--appendonly", "no"))
            .redirectErrorStream(true)
            .start();
        RedisServerProcess server = new RedisServerProcess(process, port);
        // The log goes to stdout; readLine returns null if the server exits first.
        BufferedReader log = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        String line;
        while ((line = log.readLine()) != null) {
            seen.append(line).append('\n');
            if (line.contains("Ready to accept connections")) {
                drain(log);
                return server;
            }
        }
        server.close();
        throw new IOException("redis-server exited before it was ready:\n" + seen);
    }

    /**
     * Return the port the server listens on (127.0.0.1).
     * @return the port
     */
    int port() {
        return this.port;
    }

    @Override
    public void close() {
        this.process.destroy();
        try {
            if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
                this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
        catch (InterruptedException ex) {
            this.process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** Keep reading the log so that the server never blocks on a full pipe. */
    private static void drain(BufferedReader log) {
        Thread drainer = new Thread(() -> {
            try {
                while (log.readLine() != null) {
                    // discard
                }
            }
            catch (IOException ex) {
                // the server is gone
            }
        }, "redis-server-log");
        drainer.setDaemon(true);
        drainer.start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

}
