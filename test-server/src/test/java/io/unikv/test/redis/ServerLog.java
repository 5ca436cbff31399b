package io.unikv.test.redis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A server's output, read line by line on a daemon thread. Keeps the last lines for
 * diagnostics and notes the first line containing each marker it was created with, so
 * callers can wait for log events instead of polling. Thread-safe.
 *
 * @author unikv authors
 */
final class ServerLog {

    static final int TAIL_LINES = 50;

    private final Deque<String> tail = new ArrayDeque<>();

    private final Map<String, CompletableFuture<Void>> markers = new LinkedHashMap<>();

    /**
     * Creates a log watching for the given markers. They are fixed up front so that no
     * line can slip past before someone starts waiting.
     * @param markers the substrings to watch for
     */
    ServerLog(Collection<String> markers) {
        markers.forEach((marker) -> this.markers.put(marker, new CompletableFuture<>()));
    }

    /**
     * Starts reading the stream on a new daemon thread until it ends.
     * @param output the server's combined stdout and stderr
     * @param threadName the reader thread's name
     */
    void follow(InputStream output, String threadName) {
        Thread reader = new Thread(() -> read(output), threadName);
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Waits until a line containing the marker has been read.
     * @param marker one of the markers given at construction
     * @param timeout how long to wait at most
     * @return {@code true} if seen, {@code false} on timeout, interrupt or when the
     * output ended (the process exited) first
     */
    boolean await(String marker, Duration timeout) {
        CompletableFuture<Void> seen = this.markers.get(marker);
        if (seen == null) {
            throw new IllegalArgumentException("Not watching for '" + marker + "'");
        }
        try {
            seen.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return false;
        }
        catch (ExecutionException | TimeoutException ex) {
            return false;
        }
    }

    /**
     * Returns the most recent lines.
     * @return up to {@value #TAIL_LINES} lines joined by newlines, oldest first
     */
    String tail() {
        synchronized (this.tail) {
            return String.join("\n", this.tail);
        }
    }

    private void read(InputStream output) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(output, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                accept(line);
            }
        }
        catch (IOException ex) {
            // The stream is closed under us when the process is destroyed: same as EOF.
        }
        finally {
            IllegalStateException ended = new IllegalStateException("Output ended");
            this.markers.values().forEach((seen) -> seen.completeExceptionally(ended));
        }
    }

    private void accept(String line) {
        synchronized (this.tail) {
            if (this.tail.size() == TAIL_LINES) {
                this.tail.removeFirst();
            }
            this.tail.addLast(line);
        }
        this.markers.forEach((marker, seen) -> {
            if (line.contains(marker)) {
                seen.complete(null);
            }
        });
    }

}
