package io.unikv.testserver.internal.engine;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A connection's sink for engine tests without sockets: keeps every reply and push the
 * engine sends. Thread-safe.
 *
 * @author unikv authors
 */
public final class RecordingSink implements ReplySink {

    private final List<Reply> replies = new CopyOnWriteArrayList<>();

    /**
     * Return what the engine sent, in order.
     * @return the replies and pushes
     */
    public List<Reply> replies() {
        return this.replies;
    }

    /**
     * Turn words into a command's arguments.
     * @param words the command and its arguments
     * @return the arguments as UTF-8 bytes
     */
    public static byte[][] args(String... words) {
        byte[][] args = new byte[words.length][];
        for (int i = 0; i < words.length; i++) {
            args[i] = words[i].getBytes(StandardCharsets.UTF_8);
        }
        return args;
    }

    @Override
    public void send(Reply reply) {
        this.replies.add(reply);
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
