package io.unikv.test.redis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * One {@code redis-server} process with its temporary directory and output log, as
 * started by {@link RedisServerLauncher}. {@link #close()} destroys the process, waits
 * for it and deletes the directory.
 *
 * @author unikv authors
 */
final class RedisServerProcess implements AutoCloseable {

    static final String HOST = "127.0.0.1";

    private final String role;

    private final Process process;

    private final ServerLog log;

    private final Path dir;

    private final RedisNode node;

    private final int busPort;

    private final Thread killOnExit;

    RedisServerProcess(String role, Process process, ServerLog log, Path dir, int port, int busPort) {
        this.role = role;
        this.process = process;
        this.log = log;
        this.dir = dir;
        this.node = new RedisNode(HOST, port);
        this.busPort = busPort;
        // If the JVM ends without closing us (e.g. a killed fork), still stop the server.
        this.killOnExit = new Thread(process::destroyForcibly, "redis-server-" + port + "-kill");
        Runtime.getRuntime().addShutdownHook(this.killOnExit);
    }

    RedisNode node() {
        return this.node;
    }

    /**
     * Returns the cluster bus port.
     * @return the port, {@code 0} unless started in cluster mode
     */
    int busPort() {
        return this.busPort;
    }

    /**
     * Waits for one of the markers the log was created with.
     * @param marker the marker
     * @param timeout how long to wait at most
     * @throws IllegalStateException if it does not appear in time or the process exits
     * first; the message has the server's recent output
     */
    void awaitLog(String marker, Duration timeout) {
        if (!this.log.await(marker, timeout)) {
            throw new IllegalStateException(describe() + " did not log '" + marker + "' within " + timeout.toSeconds()
                    + "s; output:\n" + logTail());
        }
    }

    /**
     * Like {@link #awaitLog(String, Duration)}, but reports instead of throwing.
     * @param marker the marker
     * @param timeout how long to wait at most
     * @return whether the marker appeared in time
     */
    boolean logged(String marker, Duration timeout) {
        return this.log.await(marker, timeout);
    }

    /**
     * Waits for the process to exit by itself.
     * @param timeout how long to wait at most
     * @return the exit code, or {@code null} if it is still running
     */
    @Nullable Integer exitCodeWithin(Duration timeout) {
        try {
            return this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? this.process.exitValue() : null;
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    String logTail() {
        return this.log.tail();
    }

    String describe() {
        return "redis-server (" + this.role + ") on port " + this.node.port();
    }

    @Override
    public void close() {
        try {
            this.process.destroy();
            if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
                this.process.destroyForcibly().waitFor();
            }
        }
        catch (InterruptedException ex) {
            this.process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        finally {
            removeShutdownHook();
            deleteDirectory();
        }
    }

    private void removeShutdownHook() {
        try {
            Runtime.getRuntime().removeShutdownHook(this.killOnExit);
        }
        catch (IllegalStateException ex) {
            // The JVM is already shutting down and will run the hook: harmless.
        }
    }

    private void deleteDirectory() {
        try (Stream<Path> paths = Files.walk(this.dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not delete " + this.dir, ex);
        }
    }

}
