package io.unikv.testserver.internal.engine;

import java.util.concurrent.ThreadFactory;

import io.netty.channel.DefaultEventLoop;
import org.jspecify.annotations.Nullable;

/**
 * The engine's event loop: a {@link DefaultEventLoop} that also lets the engine thread
 * take queued tasks itself, so a long-running script can keep serving other clients (with
 * {@code BUSY}) from inside its interrupt hook, as Redis does.
 *
 * @author unikv authors
 */
final class EngineLoop extends DefaultEventLoop {

    EngineLoop(ThreadFactory threadFactory) {
        super(threadFactory);
    }

    /**
     * Take the next queued task without waiting. Engine thread only.
     * @return the task, or {@code null} if none is queued
     */
    @Nullable Runnable pollQueued() {
        return pollTask();
    }

}
