package io.unikv.internal.commands;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

import io.unikv.commands.FieldValue;
import io.unikv.commands.ListPopResult;
import io.unikv.commands.ScanResult;
import io.unikv.internal.Converters;
import io.unikv.transport.Reply;
import org.jspecify.annotations.Nullable;

/**
 * Reply shapes and argument helpers shared by the key, hash and list families, accepting
 * both RESP2 and RESP3 shapes.
 *
 * @author unikv authors
 */
final class CollectionReplies {

    private CollectionReplies() {
    }

    /**
     * Field and value pairs as text: a RESP2 flat array, a RESP3 array of two-element
     * arrays, or a RESP3 map.
     * @return the converter
     */
    static Function<Reply, List<FieldValue<String>>> fieldValues() {
        return (reply) -> {
            List<FieldValue<String>> result = new ArrayList<>();
            if (reply instanceof Reply.MapReply map) {
                map.entries().forEach((k, v) -> result.add(new FieldValue<>(text(k), text(v))));
                return result;
            }
            List<Reply> items = reply.asList();
            if (!items.isEmpty() && isAggregate(items.get(0))) {
                for (Reply item : items) {
                    List<Reply> pair = item.asList();
                    result.add(new FieldValue<>(text(pair.get(0)), text(pair.get(1))));
                }
                return result;
            }
            for (int i = 0; i + 1 < items.size(); i += 2) {
                result.add(new FieldValue<>(text(items.get(i)), text(items.get(i + 1))));
            }
            return result;
        };
    }

    /**
     * A multi-list pop reply: nil, {@code [key, element]} ({@code BLPOP}) or
     * {@code [key, [elements]]} ({@code LMPOP}); RESP3 may also send a one-entry map.
     * @return the converter
     */
    static Function<Reply, @Nullable ListPopResult> listPop() {
        return (reply) -> {
            if (reply.isNil()) {
                return null;
            }
            Reply key;
            Reply value;
            if (reply instanceof Reply.MapReply map) {
                var entry = map.entries().entrySet().iterator().next();
                key = entry.getKey();
                value = entry.getValue();
            }
            else {
                List<Reply> parts = reply.asList();
                if (parts.isEmpty()) {
                    return null;
                }
                key = parts.get(0);
                value = parts.get(1);
            }
            List<String> elements = isAggregate(value) ? Converters.list(CollectionReplies::text).apply(value)
                    : Collections.singletonList(text(value));
            return new ListPopResult(text(key), elements);
        };
    }

    /**
     * Non-null text of a string reply (nil reads as empty).
     * @param reply the reply
     * @return the text
     */
    static String text(Reply reply) {
        String text = reply.asString();
        return (text != null) ? text : "";
    }

    /**
     * The timeout argument of a blocking command: seconds to the millisecond.
     * @param timeout the timeout, {@link Duration#ZERO} for no limit
     * @return the text, for example {@code 1.5}
     * @throws IllegalArgumentException if the timeout is negative
     */
    static String timeout(Duration timeout) {
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("Timeout must not be negative: " + timeout);
        }
        return BigDecimal.valueOf(timeout.toMillis(), 3).stripTrailingZeros().toPlainString();
    }

    /**
     * Require at least one argument of a variadic parameter.
     * @param values the values
     * @param what what they are, for the message
     * @throws IllegalArgumentException if there are none
     */
    static void requireSome(Object[] values, String what) {
        if (values.length == 0) {
            throw new IllegalArgumentException("At least one " + what + " is required");
        }
    }

    private static boolean isAggregate(Reply reply) {
        return reply instanceof Reply.Array || reply instanceof Reply.Set || reply instanceof Reply.MapReply;
    }

}
