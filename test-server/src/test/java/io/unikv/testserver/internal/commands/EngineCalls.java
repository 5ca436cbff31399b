package io.unikv.testserver.internal.commands;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.unikv.testserver.internal.engine.Client;
import io.unikv.testserver.internal.engine.Engine;
import io.unikv.testserver.internal.engine.EngineSettings;
import io.unikv.testserver.internal.engine.RecordingSink;
import io.unikv.testserver.internal.engine.Reply;

/**
 * Runs commands on a real engine without sockets, for command family unit tests. Replies
 * come back as plain Java values: bulk strings as {@link String}, integers as
 * {@link Long}, arrays, sets and maps as {@link List} (maps flattened), nulls as
 * {@code null} and errors as {@code "-"} followed by the text.
 *
 * @author unikv authors
 */
final class EngineCalls implements AutoCloseable {

    private final Engine engine = new Engine(new EngineSettings(Clock.systemUTC(), null, null),
            CommandRegistry.createTable());

    private final Client client = this.engine.connect("127.0.0.1:1", "127.0.0.1:6379", new RecordingSink());

    /**
     * Run a command given as words.
     * @param words the command and its arguments
     * @return the reply as a Java value
     */
    Object call(String... words) {
        byte[][] args = RecordingSink.args(words);
        try {
            Reply reply = this.engine.call(() -> this.engine.dispatch(this.client, args)).get(10, TimeUnit.SECONDS);
            return toJava(reply);
        }
        catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    /**
     * Run a command and return the reply as the engine produced it, for tests of RESP3
     * types.
     * @param words the command and its arguments
     * @return the reply
     */
    Reply raw(String... words) {
        byte[][] args = RecordingSink.args(words);
        try {
            return this.engine.call(() -> this.engine.dispatch(this.client, args)).get(10, TimeUnit.SECONDS);
        }
        catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    /**
     * Run a command whose reply is an array, set or map.
     * @param words the command and its arguments
     * @return the elements
     */
    @SuppressWarnings("unchecked")
    List<Object> list(String... words) {
        return (List<Object>) call(words);
    }

    /**
     * Switch the client's protocol, as HELLO does.
     * @param protocol 2 or 3
     */
    void protocol(int protocol) {
        this.client.protocol(protocol);
    }

    private static Object toJava(Reply reply) {
        if (reply instanceof Reply.Bulk bulk) {
            return new String(bulk.bytes(), StandardCharsets.UTF_8);
        }
        if (reply instanceof Reply.Int value) {
            return value.value();
        }
        if (reply instanceof Reply.Simple simple) {
            return simple.text();
        }
        if (reply instanceof Reply.Err error) {
            return "-" + error.message();
        }
        if (reply instanceof Reply.Array array) {
            return list(array.items());
        }
        if (reply instanceof Reply.SetReply set) {
            return list(set.items());
        }
        if (reply instanceof Reply.MapReply map) {
            return list(map.items());
        }
        return (reply instanceof Reply.Null) ? null : reply.toString();
    }

    private static List<Object> list(List<Reply> items) {
        List<Object> result = new ArrayList<>();
        for (Reply item : items) {
            result.add(toJava(item));
        }
        return result;
    }

    @Override
    public void close() {
        this.engine.close();
    }

}
