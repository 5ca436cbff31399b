package io.unikv.testserver.internal.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * The engine's side of scripting: which script runs (if any), whether it is past the busy
 * threshold, and what SCRIPT KILL and FUNCTION KILL asked. While a script runs past the
 * threshold, its interrupt hook calls {@link #checkpoint()}, which serves the queued work
 * of other clients (they get {@code BUSY}, except for the commands Redis lets through)
 * and then throws {@link Killed} if a kill was accepted. Engine thread only.
 *
 * @author unikv authors
 */
public final class ScriptGate {

    private final Engine engine;

    private final List<Runnable> deferred = new ArrayList<>();

    private @Nullable Object extension;

    private @Nullable Client caller;

    private boolean eval;

    private long startNanos;

    private boolean busy;

    private boolean wrote;

    private boolean killRequested;

    private boolean serving;

    private volatile boolean closing;

    ScriptGate(Engine engine) {
        this.engine = engine;
    }

    /**
     * Return the scripting state kept with this engine, creating it on first use.
     * @param <T> its type
     * @param type its class
     * @param factory creates it
     * @return the state
     */
    public <T> T extension(Class<T> type, Supplier<T> factory) {
        if (this.extension == null) {
            this.extension = factory.get();
        }
        return type.cast(this.extension);
    }

    /**
     * Create the client a script's commands run as: the caller's user and database,
     * RESP2, a sink that drops everything.
     * @param caller the client that called the script
     * @return the script client
     */
    public static Client scriptClient(Client caller) {
        Client client = new Client(caller.id(), caller.address(), caller.localAddress(), NoSink.INSTANCE, caller.user(),
                0);
        client.db = caller.db;
        client.protocol = 2;
        return client;
    }

    /**
     * Note that a script starts.
     * @param caller the client running it
     * @param eval whether it is EVAL (rather than FCALL)
     */
    public void begin(Client caller, boolean eval) {
        this.caller = caller;
        this.eval = eval;
        this.startNanos = System.nanoTime();
        this.busy = false;
        this.wrote = false;
        this.killRequested = false;
    }

    /**
     * Note that the running script ended, and run the timers that came due meanwhile.
     */
    public void end() {
        this.caller = null;
        this.busy = false;
        this.killRequested = false;
        if (!this.deferred.isEmpty()) {
            List<Runnable> tasks = new ArrayList<>(this.deferred);
            this.deferred.clear();
            tasks.forEach(this.engine::schedule0);
        }
    }

    /**
     * Return whether a script runs.
     * @return whether one runs
     */
    public boolean running() {
        return this.caller != null;
    }

    /**
     * Return whether the running script is EVAL (rather than FCALL).
     * @return whether it is EVAL
     */
    public boolean eval() {
        return this.eval;
    }

    /**
     * Return whether a script runs past the busy threshold.
     * @return whether the engine answers BUSY
     */
    public boolean busy() {
        return this.busy;
    }

    /**
     * Note that the running script executed a write command: it can no longer be killed.
     */
    public void wrote() {
        this.wrote = true;
    }

    /**
     * Return whether the running script wrote.
     * @return whether it wrote
     */
    public boolean hasWritten() {
        return this.wrote;
    }

    /**
     * Accept a SCRIPT KILL or FUNCTION KILL for the running script.
     */
    public void requestKill() {
        this.killRequested = true;
    }

    /**
     * Abort any running script at its next checkpoint, whatever it did: the engine
     * closes. Thread-safe.
     */
    void close() {
        this.closing = true;
    }

    boolean isCaller(Client client) {
        return this.caller == client;
    }

    /**
     * Called from the running script's interrupt hook: past the threshold, serve queued
     * work, then abort the script if a kill was accepted.
     * @param thresholdMillis the busy threshold
     * @throws Killed if the script was killed
     */
    public void checkpoint(long thresholdMillis) {
        if (this.closing && this.caller != null) {
            throw new Killed();
        }
        if (this.caller == null || this.serving) {
            return;
        }
        if (!this.busy) {
            if (System.nanoTime() - this.startNanos < thresholdMillis * 1_000_000L) {
                return;
            }
            this.busy = true;
        }
        this.serving = true;
        try {
            Runnable task;
            while (!this.killRequested && (task = this.engine.pollQueued()) != null) {
                if (task instanceof ScheduledFuture) {
                    this.deferred.add(task);
                }
                else {
                    runQuietly(task);
                }
            }
        }
        finally {
            this.serving = false;
        }
        if (this.killRequested) {
            throw new Killed();
        }
    }

    private static void runQuietly(Runnable task) {
        try {
            task.run();
        }
        catch (RuntimeException ex) {
            // as the event loop would: one task's failure must not abort the script
            java.util.logging.Logger.getLogger(ScriptGate.class.getName())
                .log(java.util.logging.Level.WARNING, "Task failed while a script was busy", ex);
        }
    }

    /**
     * Thrown through the Lua interpreter to abort a killed script; an {@link Error} so
     * that no {@code pcall} can catch it.
     */
    public static final class Killed extends Error {

        private static final long serialVersionUID = 1L;

        Killed() {
            super("killed", null, false, false);
        }

    }

    private enum NoSink implements ReplySink {

        INSTANCE;

        @Override
        public void send(Reply reply) {
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public void drop() {
        }

    }

}
