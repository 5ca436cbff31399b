package io.unikv.transport.rest;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import io.unikv.KvConnectionException;
import io.unikv.transport.TransportPubSub;
import org.jspecify.annotations.Nullable;

/**
 * One Upstash event stream, read line by line: {@code data: subscribe,<ch>,<n>} (and
 * {@code psubscribe}) confirm names, {@code data: message,<ch>,<msg>} and
 * {@code data: pmessage,<pattern>,<ch>,<msg>} carry messages; comments
 * ({@code : keepalive}) and other lines are skipped. An event ends at a blank line or
 * when the next event starts; a {@code data:} line that starts no event continues the
 * message before it (a message with line breaks). Channel and pattern names that contain
 * commas are recognised when they are among the subscribed names. Lines arrive one at a
 * time, in order.
 *
 * @author unikv authors
 */
final class SseStream implements Flow.Subscriber<String>, TransportPubSub.Subscription {

    private static final List<String> TYPES = List.of("subscribe,", "psubscribe,", "unsubscribe,", "punsubscribe,",
            "message,", "pmessage,");

    private final TransportPubSub.Kind kind;

    private final List<String> names;

    private final TransportPubSub.Handler handler;

    private final Consumer<SseStream> onEnd;

    private final CompletableFuture<TransportPubSub.Subscription> confirmed = new CompletableFuture<>();

    private final AtomicBoolean open = new AtomicBoolean(true);

    private volatile Flow.@Nullable Subscription upstream;

    private volatile @Nullable Runnable abort;

    private @Nullable StringBuilder pending;

    private int confirmations;

    SseStream(TransportPubSub.Kind kind, List<byte[]> names, TransportPubSub.Handler handler,
            Consumer<SseStream> onEnd) {
        this.kind = kind;
        this.names = names.stream().map((name) -> new String(name, StandardCharsets.UTF_8)).toList();
        this.handler = handler;
        this.onEnd = onEnd;
    }

    CompletableFuture<TransportPubSub.Subscription> confirmed() {
        return this.confirmed;
    }

    /**
     * Set what aborts the request while its response has not arrived.
     * @param abort the action
     */
    void onClose(Runnable abort) {
        this.abort = abort;
        if (!this.open.get()) {
            abort.run();
        }
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.upstream = subscription;
        if (this.open.get()) {
            subscription.request(Long.MAX_VALUE);
        }
        else {
            subscription.cancel();
        }
    }

    @Override
    public void onNext(String line) {
        if (line.isEmpty()) {
            dispatch();
            return;
        }
        if (!line.startsWith("data:")) {
            return;
        }
        String data = line.substring(line.startsWith("data: ") ? 6 : 5);
        if (startsEvent(data) || this.pending == null) {
            dispatch();
            this.pending = new StringBuilder(data);
        }
        else {
            this.pending.append('\n').append(data);
        }
    }

    @Override
    public void onError(Throwable failure) {
        dispatch();
        end(new KvConnectionException("The pub/sub stream failed: " + failure.getMessage(), failure));
    }

    @Override
    public void onComplete() {
        dispatch();
        end(null);
    }

    void refused(RuntimeException failure) {
        failed(failure);
    }

    void failed(RuntimeException failure) {
        if (this.open.compareAndSet(true, false)) {
            this.onEnd.accept(this);
        }
        this.confirmed.completeExceptionally(failure);
    }

    /**
     * The stream ended by itself (or the transport closed it).
     * @param cause why, or {@code null} if the server ended it
     */
    void end(@Nullable RuntimeException cause) {
        boolean wasOpen = this.open.compareAndSet(true, false);
        cancelUpstream();
        if (wasOpen) {
            this.onEnd.accept(this);
            if (!this.confirmed.isDone()) {
                this.confirmed.completeExceptionally((cause != null) ? cause
                        : new KvConnectionException("The pub/sub stream ended before it was confirmed", null));
            }
            else {
                this.handler.closed(cause);
            }
        }
    }

    @Override
    public void close() {
        if (this.open.compareAndSet(true, false)) {
            this.onEnd.accept(this);
            cancelUpstream();
        }
    }

    private void cancelUpstream() {
        Flow.Subscription subscription = this.upstream;
        if (subscription != null) {
            subscription.cancel();
        }
        else {
            Runnable action = this.abort;
            if (action != null) {
                action.run();
            }
        }
    }

    private static boolean startsEvent(String data) {
        for (String type : TYPES) {
            if (data.startsWith(type)) {
                return true;
            }
        }
        return false;
    }

    private void dispatch() {
        StringBuilder event = this.pending;
        this.pending = null;
        if (event == null) {
            return;
        }
        String data = event.toString();
        int comma = data.indexOf(',');
        if (comma < 0) {
            return;
        }
        String type = data.substring(0, comma);
        String rest = data.substring(comma + 1);
        switch (type) {
            case "subscribe", "psubscribe" -> {
                if (++this.confirmations >= this.names.size()) {
                    this.confirmed.complete(this);
                }
            }
            case "message" -> {
                int end = nameEnd(rest);
                if (end >= 0) {
                    deliver(null, rest.substring(0, end), rest.substring(end + 1));
                }
            }
            case "pmessage" -> {
                int patternEnd = nameEnd(rest);
                if (patternEnd >= 0) {
                    String afterPattern = rest.substring(patternEnd + 1);
                    int channelEnd = afterPattern.indexOf(',');
                    if (channelEnd >= 0) {
                        deliver(rest.substring(0, patternEnd), afterPattern.substring(0, channelEnd),
                                afterPattern.substring(channelEnd + 1));
                    }
                }
            }
            default -> {
                // unsubscribe events and anything newer carry nothing to deliver
            }
        }
    }

    /**
     * Find where the subscribed name at the start of an event ends: the longest
     * subscribed name followed by a comma, else the first comma.
     */
    private int nameEnd(String rest) {
        int best = -1;
        if (this.kind == TransportPubSub.Kind.CHANNEL || this.kind == TransportPubSub.Kind.PATTERN) {
            for (String name : this.names) {
                if (name.length() > best && rest.startsWith(name) && rest.length() > name.length()
                        && rest.charAt(name.length()) == ',') {
                    best = name.length();
                }
            }
        }
        return (best >= 0) ? best : rest.indexOf(',');
    }

    private void deliver(@Nullable String pattern, String channel, String message) {
        if (this.open.get()) {
            this.handler.message((pattern != null) ? pattern.getBytes(StandardCharsets.UTF_8) : null,
                    channel.getBytes(StandardCharsets.UTF_8), message.getBytes(StandardCharsets.UTF_8));
        }
    }

}
