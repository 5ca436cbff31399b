package io.unikv.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import io.unikv.commands.ScanResult;
import io.unikv.transport.Reply;
import org.jspecify.annotations.Nullable;

/**
 * Reply conversions for sets, scans and optional integers, accepting RESP2 and RESP3
 * shapes alike (a set may arrive as a RESP3 set or an array).
 *
 * @author unikv authors
 */
public final class CollectionConverters {

    private CollectionConverters() {
    }

    /**
     * An array or RESP3 set as a {@link LinkedHashSet} in reply order; nil is empty.
     * @param <T> the element type
     * @param element the element conversion
     * @return the converter
     */
    public static <T> Function<Reply, Set<T>> set(Function<Reply, T> element) {
        return (reply) -> {
            List<Reply> items = reply.asList();
            Set<T> result = new LinkedHashSet<>(Math.max(16, items.size() * 2));
            for (Reply item : items) {
                result.add(element.apply(item));
            }
            return result;
        };
    }

    /**
     * A {@code SCAN}-family reply: the next cursor, then the items of this step.
     * @param <T> the item type
     * @param items the conversion of the item aggregate into items
     * @return the converter
     */
    public static <T> Function<Reply, ScanResult<T>> scan(Function<Reply, List<T>> items) {
        return (reply) -> {
            List<Reply> parts = reply.asList();
            String cursor = parts.get(0).asString();
            return new ScanResult<>((cursor != null) ? cursor : ScanResult.START, items.apply(parts.get(1)));
        };
    }

    /**
     * An integer reply that may be nil.
     * @return the converter
     */
    public static Function<Reply, @Nullable Long> optionalInteger() {
        return (reply) -> reply.isNil() ? null : reply.asLong();
    }

}
