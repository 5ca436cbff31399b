package io.unikv.transport.lettuce;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.output.CommandOutput;
import io.unikv.transport.Reply;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link Reply} from Lettuce's decoding callbacks, nested aggregates included.
 * Error replies become {@link Reply.Error} values: {@link #hasError()} only reports
 * failures Lettuce itself records (cancellation, connection loss), so the command
 * completes normally with the error reply. Top-level {@code MOVED}/{@code ASK} errors are
 * also recorded as Lettuce errors so that a cluster connection follows the redirect (it
 * resets this output with {@code setError(null)} before reading the reply again).
 * <p>
 * Lettuce reports simple strings and bulk strings alike, so both become
 * {@link Reply.Bulk}, as over REST. Used by one event-loop thread at a time.
 *
 * @author unikv authors
 */
final class ReplyOutput extends CommandOutput<byte[], byte[], @Nullable Reply> {

    private final Deque<Frame> frames = new ArrayDeque<>();

    private @Nullable String failure;

    ReplyOutput() {
        super(ByteArrayCodec.INSTANCE, null);
    }

    @Override
    public void set(@Nullable ByteBuffer bytes) {
        add((bytes != null) ? new Reply.Bulk(copy(bytes)) : Reply.NIL);
    }

    @Override
    public void setSingle(@Nullable ByteBuffer bytes) {
        set(bytes);
    }

    @Override
    public void setBigNumber(@Nullable ByteBuffer bytes) {
        add((bytes != null) ? new Reply.BigNumber(decodeString(bytes)) : Reply.NIL);
    }

    @Override
    public void set(long integer) {
        add(new Reply.Int(integer));
    }

    @Override
    public void set(double number) {
        add(new Reply.Double(number));
    }

    @Override
    public void set(boolean value) {
        add(new Reply.Bool(value));
    }

    @Override
    public void setError(@Nullable ByteBuffer bytes) {
        String text = (bytes != null) ? decodeString(bytes) : "ERR";
        boolean topLevel = this.frames.isEmpty();
        add(new Reply.Error(text));
        if (topLevel && (text.startsWith("MOVED ") || text.startsWith("ASK "))) {
            this.error = text;
        }
    }

    @Override
    public void setError(@Nullable String message) {
        if (message == null) {
            // A cluster redirect: the reply will be read again from another node.
            this.frames.clear();
            this.output = null;
            this.error = null;
            return;
        }
        this.failure = message;
        this.error = message;
    }

    @Override
    public boolean hasError() {
        return this.failure != null;
    }

    @Override
    public void multi(int count) {
        open(Kind.ARRAY, count);
    }

    @Override
    public void multiArray(int count) {
        open(Kind.ARRAY, count);
    }

    @Override
    public void multiPush(int count) {
        open(Kind.PUSH, count);
    }

    @Override
    public void multiMap(int count) {
        open(Kind.MAP, (count < 0) ? count : count * 2);
    }

    @Override
    public void multiSet(int count) {
        open(Kind.SET, count);
    }

    private void open(Kind kind, int count) {
        if (count < 0) {
            add(Reply.NIL);
            return;
        }
        this.frames.push(new Frame(kind, count));
        closeFinished();
    }

    private void add(Reply reply) {
        Frame top = this.frames.peek();
        if (top == null) {
            this.output = reply;
            return;
        }
        top.items.add(reply);
        closeFinished();
    }

    private void closeFinished() {
        Frame top = this.frames.peek();
        while (top != null && top.items.size() >= top.expected) {
            this.frames.pop();
            Reply built = top.build();
            top = this.frames.peek();
            if (top == null) {
                this.output = built;
            }
            else {
                top.items.add(built);
            }
        }
    }

    private static byte[] copy(ByteBuffer bytes) {
        byte[] copy = new byte[bytes.remaining()];
        bytes.get(copy);
        return copy;
    }

    @Override
    protected String decodeString(ByteBuffer bytes) {
        return StandardCharsets.UTF_8.decode(bytes).toString();
    }

    private enum Kind {

        ARRAY, MAP, SET, PUSH

    }

    private static final class Frame {

        private final Kind kind;

        private final int expected;

        private final List<Reply> items;

        Frame(Kind kind, int expected) {
            this.kind = kind;
            this.expected = expected;
            this.items = new ArrayList<>(Math.min(expected, 1024));
        }

        Reply build() {
            return switch (this.kind) {
                case ARRAY -> new Reply.Array(this.items);
                case SET -> new Reply.Set(this.items);
                case PUSH -> new Reply.Push(this.items);
                case MAP -> {
                    Map<Reply, Reply> entries = new LinkedHashMap<>();
                    for (int i = 0; i + 1 < this.items.size(); i += 2) {
                        entries.put(this.items.get(i), this.items.get(i + 1));
                    }
                    yield new Reply.MapReply(entries);
                }
            };
        }

    }

}
