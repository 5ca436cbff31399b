package io.unikv.transport;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.unikv.KvServerException;
import org.jspecify.annotations.Nullable;

/**
 * One reply from a Redis-compatible server, shaped like RESP3 so that every transport can
 * describe what it received without losing information. REST endpoints only produce the
 * RESP2 subset ({@link Status}, {@link Bulk}, {@link Int}, {@link Nil}, {@link Array},
 * {@link Error}); RESP3 over TCP adds maps, sets, doubles, booleans, big numbers and
 * verbatim strings. Replies are immutable values.
 * <p>
 * Error replies are values, not exceptions, so a pipeline can carry a failure per
 * command; {@link #throwIfError()} turns one into a {@link KvServerException}.
 *
 * @author unikv authors
 */
public sealed interface Reply {

    /** The nil reply shared by all transports. */
    Nil NIL = new Nil();

    /** The {@code OK} status reply. */
    Status OK = new Status("OK");

    /**
     * Return this reply, or throw if it is an error reply.
     * @return this reply
     * @throws KvServerException with the server's text if this is an {@link Error}
     */
    default Reply throwIfError() {
        if (this instanceof Error error) {
            throw new KvServerException(error.message());
        }
        return this;
    }

    /**
     * Return whether this is the nil reply.
     * @return {@code true} for {@link Nil}
     */
    default boolean isNil() {
        return this instanceof Nil;
    }

    /**
     * Return the bytes of a bulk, status or verbatim reply.
     * @return the bytes, or {@code null} for nil
     * @throws KvServerException for an error reply
     * @throws IllegalStateException for any other reply type
     */
    default byte @Nullable [] asBytes() {
        Reply reply = throwIfError();
        if (reply instanceof Bulk bulk) {
            return bulk.bytes();
        }
        if (reply instanceof Status status) {
            return status.text().getBytes(StandardCharsets.UTF_8);
        }
        if (reply instanceof Verbatim verbatim) {
            return verbatim.text().getBytes(StandardCharsets.UTF_8);
        }
        if (reply instanceof Nil) {
            return null;
        }
        throw unexpected("a string");
    }

    /**
     * Return a bulk, status or verbatim reply as UTF-8 text; numbers are given in
     * decimal.
     * @return the text, or {@code null} for nil
     * @throws KvServerException for an error reply
     * @throws IllegalStateException for aggregate replies
     */
    default @Nullable String asString() {
        Reply reply = throwIfError();
        if (reply instanceof Int number) {
            return Long.toString(number.value());
        }
        if (reply instanceof Double number) {
            return Command.formatDouble(number.value());
        }
        if (reply instanceof BigNumber number) {
            return number.value();
        }
        byte[] bytes = reply.asBytes();
        return (bytes != null) ? new String(bytes, StandardCharsets.UTF_8) : null;
    }

    /**
     * Return an integer reply, or a string reply holding an integer (as REST and scripts
     * may send).
     * @return the value
     * @throws KvServerException for an error reply
     * @throws IllegalStateException if the reply is nil or not an integer
     */
    default long asLong() {
        Reply reply = throwIfError();
        if (reply instanceof Int number) {
            return number.value();
        }
        if (reply instanceof Bool bool) {
            return bool.value() ? 1 : 0;
        }
        String text = (reply instanceof Bulk || reply instanceof Status) ? reply.asString() : null;
        if (text != null) {
            try {
                return Long.parseLong(text);
            }
            catch (NumberFormatException ex) {
                // fall through to the error below
            }
        }
        throw unexpected("an integer");
    }

    /**
     * Return the elements of an array, set or push reply.
     * @return the elements, empty for nil
     * @throws KvServerException for an error reply
     * @throws IllegalStateException for other reply types
     */
    default List<Reply> asList() {
        Reply reply = throwIfError();
        if (reply instanceof Array array) {
            return array.elements();
        }
        if (reply instanceof Set set) {
            return set.elements();
        }
        if (reply instanceof Push push) {
            return push.elements();
        }
        if (reply instanceof Nil) {
            return List.of();
        }
        throw unexpected("an array");
    }

    private IllegalStateException unexpected(String wanted) {
        return new IllegalStateException("Expected " + wanted + " reply but got " + this);
    }

    /**
     * A simple string ({@code +OK}).
     *
     * @param text the status text
     */
    record Status(String text) implements Reply {
    }

    /**
     * A RESP error ({@code -ERR ...}, RESP3 blob errors included).
     *
     * @param message the full error text, starting with Redis's prefix
     */
    record Error(String message) implements Reply {
    }

    /**
     * An integer.
     *
     * @param value the value
     */
    record Int(long value) implements Reply {
    }

    /**
     * A binary-safe bulk string.
     *
     * @param bytes the content; callers must not modify it
     */
    record Bulk(byte[] bytes) implements Reply {

        /**
         * Create a bulk reply from UTF-8 text.
         * @param text the text
         * @return the reply
         */
        public static Bulk of(String text) {
            return new Bulk(text.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public boolean equals(Object other) {
            return (other instanceof Bulk bulk) && Arrays.equals(this.bytes, bulk.bytes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(this.bytes);
        }

        @Override
        public String toString() {
            return "Bulk[" + this.bytes.length + " bytes]";
        }

    }

    /** The nil reply (RESP2 null bulk or null array, RESP3 {@code _}). */
    record Nil() implements Reply {
    }

    /**
     * An array; elements may be nil.
     *
     * @param elements the elements
     */
    record Array(List<Reply> elements) implements Reply {

        /**
         * Copy the elements into an unmodifiable list.
         */
        public Array {
            elements = List.copyOf(elements);
        }

    }

    /**
     * A RESP3 map, in the order the server sent it.
     *
     * @param entries the entries
     */
    record MapReply(Map<Reply, Reply> entries) implements Reply {

        /**
         * Keep the entries unmodifiable.
         */
        public MapReply {
            entries = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(entries));
        }

    }

    /**
     * A RESP3 set.
     *
     * @param elements the members, in the order the server sent them
     */
    record Set(List<Reply> elements) implements Reply {

        /**
         * Copy the elements into an unmodifiable list.
         */
        public Set {
            elements = List.copyOf(elements);
        }

    }

    /**
     * A RESP3 double.
     *
     * @param value the value, possibly infinite
     */
    record Double(double value) implements Reply {
    }

    /**
     * A RESP3 boolean.
     *
     * @param value the value
     */
    record Bool(boolean value) implements Reply {
    }

    /**
     * A RESP3 big number, kept as its decimal text.
     *
     * @param value the digits, with an optional leading minus
     */
    record BigNumber(String value) implements Reply {
    }

    /**
     * A RESP3 verbatim string.
     *
     * @param format the three-letter format, for example {@code txt}
     * @param text the text
     */
    record Verbatim(String format, String text) implements Reply {
    }

    /**
     * A RESP3 push message (pub/sub, client-side caching invalidations).
     *
     * @param elements the elements, starting with the kind, for example {@code message}
     */
    record Push(List<Reply> elements) implements Reply {

        /**
         * Copy the elements into an unmodifiable list.
         */
        public Push {
            elements = List.copyOf(elements);
        }

    }

}
