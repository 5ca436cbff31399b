package io.unikv.transport.rest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;

import io.unikv.KvUnavailableException;
import io.unikv.internal.PipelineCounters;
import io.unikv.transport.Command;
import io.unikv.transport.Request;
import io.unikv.transport.Response;

/**
 * Batches concurrent single commands into {@code /pipeline} requests, like the official
 * SDK's auto-pipelining. Requests wait in one FIFO queue; a drain, run on the executor,
 * takes batches from its head while fewer than {@code maxInFlight} batches are in flight,
 * and each finished batch starts the next drain, so commands issued while a request is in
 * flight travel together. A batch is a run of adjacent single commands of the same kind
 * (reads and writes are never mixed) and sync token, at most {@code maxBatchSize} long;
 * pipelines, transactions and binary commands go alone, and a batch of one goes as a
 * normal single request. With one batch in flight (the default) requests execute in the
 * order they were submitted. Thread-safe.
 *
 * @author unikv authors
 */
final class AutoPipeline {

    private final Function<Request, CompletableFuture<Response>> sender;

    private final RestSettings settings;

    private final PipelineCounters counters;

    private final Object lock = new Object();

    private final ArrayDeque<Entry> queue = new ArrayDeque<>();

    private int inFlight;

    private boolean scheduled;

    private boolean closed;

    AutoPipeline(Function<Request, CompletableFuture<Response>> sender, RestSettings settings,
            PipelineCounters counters) {
        this.sender = sender;
        this.settings = settings;
        this.counters = counters;
    }

    CompletableFuture<Response> submit(Request request) {
        Entry entry = new Entry(request, new CompletableFuture<>(), isMergeable(request));
        boolean schedule;
        synchronized (this.lock) {
            if (this.closed) {
                return CompletableFuture.failedFuture(closedException());
            }
            this.queue.add(entry);
            schedule = shouldSchedule();
        }
        if (schedule) {
            scheduleDrain();
        }
        return entry.result();
    }

    /**
     * Fail every queued request; requests in flight complete normally.
     */
    void close() {
        List<Entry> dropped;
        synchronized (this.lock) {
            this.closed = true;
            dropped = new ArrayList<>(this.queue);
            this.queue.clear();
        }
        dropped.forEach((entry) -> entry.result().completeExceptionally(closedException()));
    }

    // guarded by lock
    private boolean shouldSchedule() {
        if (this.scheduled || this.queue.isEmpty() || this.inFlight >= this.settings.maxInFlight()) {
            return false;
        }
        this.scheduled = true;
        return true;
    }

    private void scheduleDrain() {
        try {
            this.settings.executor().execute(this::drain);
        }
        catch (RejectedExecutionException ex) {
            // a saturated or shut-down executor must not strand queued requests
            drain();
        }
    }

    private void drain() {
        List<List<Entry>> batches = new ArrayList<>();
        synchronized (this.lock) {
            this.scheduled = false;
            while (!this.queue.isEmpty() && this.inFlight < this.settings.maxInFlight()) {
                batches.add(takeBatch());
                this.inFlight++;
            }
        }
        batches.forEach(this::send);
    }

    // guarded by lock
    private List<Entry> takeBatch() {
        Entry first = this.queue.poll();
        List<Entry> batch = new ArrayList<>();
        batch.add(first);
        while (first.mergeable() && batch.size() < this.settings.maxBatchSize() && !this.queue.isEmpty()
                && first.canJoin(this.queue.peek())) {
            batch.add(this.queue.poll());
        }
        return batch;
    }

    private void send(List<Entry> batch) {
        CompletableFuture<Response> sent;
        try {
            sent = this.sender.apply(request(batch));
        }
        catch (RuntimeException ex) {
            sent = CompletableFuture.failedFuture(ex);
        }
        sent.whenComplete((response, failure) -> {
            finished();
            if (failure != null) {
                batch.forEach((entry) -> entry.result().completeExceptionally(failure));
            }
            else if (batch.size() == 1) {
                batch.get(0).result().complete(response);
            }
            else {
                for (int i = 0; i < batch.size(); i++) {
                    batch.get(i)
                        .result()
                        .complete(new Response(List.of(response.replies().get(i)), response.syncToken()));
                }
            }
        });
    }

    private void finished() {
        boolean schedule;
        synchronized (this.lock) {
            this.inFlight--;
            schedule = shouldSchedule();
        }
        if (schedule) {
            scheduleDrain();
        }
    }

    private Request request(List<Entry> batch) {
        Entry first = batch.get(0);
        if (batch.size() == 1) {
            return first.request();
        }
        List<Command> commands = new ArrayList<>(batch.size());
        this.counters.autoPipelined(batch.size());
        batch.forEach((entry) -> commands.add(entry.request().commands().get(0)));
        return Request.pipeline(commands).withSyncToken(first.request().syncToken());
    }

    private static boolean isMergeable(Request request) {
        return request.mode() == Request.Mode.SINGLE && CommandJson.isJsonSafe(request.commands().get(0));
    }

    private static KvUnavailableException closedException() {
        return new KvUnavailableException("The REST transport is closed", null);
    }

    /**
     * A queued request.
     *
     * @param request the request
     * @param result completed with its response
     * @param mergeable whether it may share a {@code /pipeline} request with others
     */
    private record Entry(Request request, CompletableFuture<Response> result, boolean mergeable) {

        boolean canJoin(Entry other) {
            return other.mergeable() && kind() == other.kind()
                    && Objects.equals(this.request.syncToken(), other.request().syncToken());
        }

        private io.unikv.transport.CommandKind kind() {
            return this.request.commands().get(0).kind();
        }

    }

}
