package io.unikv.spring.synctoken;

import java.util.Collections;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

import io.unikv.RedisStore;
import io.unikv.SyncToken;
import io.unikv.transport.Reply;
import io.unikv.transport.Request;
import io.unikv.transport.Response;
import io.unikv.transport.Transport;
import org.jspecify.annotations.Nullable;

/**
 * An in-memory {@link Transport} for unit tests: answers every command with nil and
 * remembers the sync token the last request carried.
 *
 * @author unikv authors
 */
final class RecordingTransport implements Transport {

    private final AtomicReference<@Nullable Request> last = new AtomicReference<>();

    static RedisStore store(RecordingTransport transport) {
        return RedisStore.builder().transport(transport).build();
    }

    @Nullable SyncToken lastSyncToken() {
        Request request = this.last.get();
        return (request != null) ? request.syncToken() : null;
    }

    @Override
    public CompletableFuture<Response> send(Request request) {
        this.last.set(request);
        return CompletableFuture
            .completedFuture(new Response(Collections.nCopies(request.commands().size(), new Reply.Nil()), null));
    }

    @Override
    public String description() {
        return "recording";
    }

    @Override
    public void close() {
    }

}
