package io.unikv.transport.lettuce;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.protocol.AsyncCommand;
import io.lettuce.core.protocol.Command;
import io.lettuce.core.protocol.CommandArgs;
import io.netty.buffer.ByteBuf;
import io.unikv.transport.Reply;
import org.jspecify.annotations.Nullable;

/**
 * A Lettuce command that is never sent twice. Lettuce replays commands that were in
 * flight when a connection dropped (its default at-least-once reliability), which could
 * apply a write twice; this command writes a harmless {@code PING} instead when it is
 * encoded a second time, and the transport then fails it with a
 * {@link io.unikv.KvConnectionException}. Commands of one transaction share a
 * {@link TransactionGuard} so that none of them runs outside the MULTI it belongs to.
 *
 * @author unikv authors
 */
final class GuardedCommand extends Command<byte[], byte[], Reply> {

    private static final byte[] PING = "*1\r\n$4\r\nPING\r\n".getBytes(StandardCharsets.US_ASCII);

    private final String name;

    private final @Nullable TransactionGuard guard;

    private final AsyncCommand<byte[], byte[], Reply> future;

    private static final int NEW = 0;

    private static final int WRITTEN = 1;

    private static final int ABANDONED = 2;

    private final java.util.concurrent.atomic.AtomicInteger state = new java.util.concurrent.atomic.AtomicInteger();

    private volatile boolean replaced;

    GuardedCommand(RawKeyword keyword, String name, CommandArgs<byte[], byte[]> args,
            @Nullable TransactionGuard guard) {
        super(keyword, new ReplyOutput(), args);
        this.name = name;
        this.guard = guard;
        this.future = new AsyncCommand<>(this);
    }

    static GuardedCommand of(io.unikv.transport.Command command, int firstKey, @Nullable TransactionGuard guard) {
        CommandArgs<byte[], byte[]> args = new CommandArgs<>(ByteArrayCodec.INSTANCE);
        List<byte[]> values = command.args();
        for (int i = 0; i < values.size(); i++) {
            if (i == firstKey) {
                args.addKey(values.get(i));
            }
            else {
                args.add(values.get(i));
            }
        }
        return new GuardedCommand(RawKeyword.of(command.name()), command.name(), args, guard);
    }

    static GuardedCommand framing(RawKeyword keyword, TransactionGuard guard) {
        return new GuardedCommand(keyword, keyword.toString().substring("UNIKV-".length()),
                new CommandArgs<>(ByteArrayCodec.INSTANCE), guard);
    }

    @Override
    public void encode(ByteBuf buf) {
        boolean first = this.state.compareAndSet(NEW, WRITTEN);
        if (first && (this.guard == null || this.guard.admit(this))) {
            super.encode(buf);
            return;
        }
        this.replaced = true;
        if (this.guard != null) {
            this.guard.taint();
        }
        buf.writeBytes(PING);
    }

    /** The future Lettuce completes; dispatch this, not the command itself. */
    AsyncCommand<byte[], byte[], Reply> future() {
        return this.future;
    }

    String name() {
        return this.name;
    }

    /** Whether the command may have reached the server. */
    boolean written() {
        return this.state.get() == WRITTEN;
    }

    /**
     * Give up on the command because its connection was lost: from now on it is never
     * written (a later replay writes {@code PING}), and its future fails.
     * @param target the connection's description, for the message
     */
    void abandon(String target) {
        if (this.state.compareAndSet(NEW, ABANDONED)) {
            this.replaced = true;
            this.future.completeExceptionally(new io.unikv.KvUnavailableException(
                    "Connection to " + target + " lost; " + this.name + " was not sent", null));
        }
        else {
            this.future.completeExceptionally(new io.unikv.KvConnectionException("Connection to " + target
                    + " lost after " + this.name + " was sent; it may have been applied and was not sent again", null));
        }
    }

    /** Whether a replay was replaced by {@code PING}, so the outcome is unknown. */
    boolean replaced() {
        return this.replaced;
    }

}
