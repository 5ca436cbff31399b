package io.unikv.testserver.internal.engine;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A reply as the engine produces it, before a front end encodes it. Types follow RESP3;
 * each front end maps them down where needed (RESP2 turns maps and sets into arrays,
 * doubles into bulk strings and booleans into integers; REST does the same in JSON).
 * Immutable.
 *
 * @author unikv authors
 */
public sealed interface Reply {

    /** {@code +OK}. */
    Reply OK = new Simple("OK");

    /** {@code +QUEUED}. */
    Reply QUEUED = new Simple("QUEUED");

    /** The null bulk string ({@code $-1} in RESP2, {@code _} in RESP3). */
    Reply NULL = new Null(false);

    /** The null array ({@code *-1} in RESP2, {@code _} in RESP3). */
    Reply NULL_ARRAY = new Null(true);

    /** Integer 0. */
    Reply ZERO = new Int(0);

    /** Integer 1. */
    Reply ONE = new Int(1);

    /** The empty array. */
    Reply EMPTY_ARRAY = new Array(List.of());

    /**
     * An integer reply.
     * @param value the value
     * @return the reply
     */
    static Reply integer(long value) {
        return (value == 0) ? ZERO : (value == 1) ? ONE : new Int(value);
    }

    /**
     * A bulk reply, or null for {@code null}.
     * @param bytes the bytes, may be {@code null}
     * @return the reply
     */
    static Reply bulk(byte[] bytes) {
        return (bytes != null) ? new Bulk(bytes) : NULL;
    }

    /**
     * A bulk reply of UTF-8 text.
     * @param text the text
     * @return the reply
     */
    static Reply bulk(String text) {
        return new Bulk(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * An array of bulk strings.
     * @param items the items
     * @return the reply
     */
    static Reply bulks(Collection<byte[]> items) {
        List<Reply> replies = new ArrayList<>(items.size());
        for (byte[] item : items) {
            replies.add(bulk(item));
        }
        return new Array(replies);
    }

    /**
     * An array.
     * @param items the items
     * @return the reply
     */
    static Reply array(List<Reply> items) {
        return new Array(items);
    }

    /**
     * An error reply.
     * @param message the full text
     * @return the reply
     */
    static Reply error(String message) {
        return new Err(message);
    }

    /**
     * {@code +text}.
     *
     * @param text the status
     */
    record Simple(String text) implements Reply {
    }

    /**
     * {@code -ERR ...}.
     *
     * @param message the full text
     */
    record Err(String message) implements Reply {
    }

    /**
     * {@code :n}.
     *
     * @param value the value
     */
    record Int(long value) implements Reply {
    }

    /**
     * {@code $n}.
     *
     * @param bytes the content
     */
    record Bulk(byte[] bytes) implements Reply {
    }

    /**
     * A null; {@code array} says which RESP2 form it takes.
     *
     * @param array whether RESP2 sends {@code *-1} rather than {@code $-1}
     */
    record Null(boolean array) implements Reply {
    }

    /**
     * {@code *n}.
     *
     * @param items the items
     */
    record Array(List<Reply> items) implements Reply {
    }

    /**
     * {@code %n} (RESP2: a flat array of keys and values).
     *
     * @param items keys and values, alternating
     */
    record MapReply(List<Reply> items) implements Reply {
    }

    /**
     * {@code ~n} (RESP2: an array).
     *
     * @param items the members
     */
    record SetReply(List<Reply> items) implements Reply {
    }

    /**
     * {@code ,d} (RESP2: a bulk string formatted with {@code %.17g}).
     *
     * @param value the value
     */
    record Dbl(double value) implements Reply {
    }

    /**
     * {@code ,text} (RESP2: a bulk string): a double already formatted, for replies that
     * Redis prints its own way (GEOPOS's {@code %.17Lf} coordinates).
     *
     * @param text the formatted value
     */
    record DoubleText(String text) implements Reply {
    }

    /**
     * {@code #t} (RESP2: integer 1 or 0).
     *
     * @param value the value
     */
    record Bool(boolean value) implements Reply {
    }

    /**
     * {@code =n txt:} (RESP2: a bulk string).
     *
     * @param text the text
     */
    record Verbatim(String text) implements Reply {
    }

    /**
     * {@code >n} (RESP2: an array).
     *
     * @param items the items
     */
    record Push(List<Reply> items) implements Reply {
    }

}
