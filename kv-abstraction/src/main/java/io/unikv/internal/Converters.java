package io.unikv.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.unikv.codec.KvCodec;
import io.unikv.transport.Reply;
import org.jspecify.annotations.Nullable;

/**
 * Reply conversions shared by the command families. RESP2 and RESP3 shapes are both
 * accepted (a map may arrive as a RESP3 map or a flat array, a double as a RESP3 double
 * or a bulk string), so every transport yields the same results.
 *
 * @author unikv authors
 */
public final class Converters {

    private Converters() {
    }

    /**
     * Text of a bulk or status reply; nil stays {@code null}.
     * @return the converter
     */
    public static Function<Reply, @Nullable String> string() {
        return Reply::asString;
    }

    /**
     * A bulk reply decoded with a codec into a type.
     * @param <T> the type
     * @param codec the codec
     * @param type the type
     * @return the converter
     */
    public static <T> Function<Reply, @Nullable T> value(KvCodec codec, Class<T> type) {
        return (reply) -> codec.decode(reply.asBytes(), type);
    }

    /**
     * An integer reply.
     * @return the converter
     */
    public static Function<Reply, Long> integer() {
        return Reply::asLong;
    }

    /**
     * An integer reply read as a flag (1 = true).
     * @return the converter
     */
    public static Function<Reply, Boolean> bool() {
        return (reply) -> reply.asLong() == 1;
    }

    /**
     * A reply that only signals success ({@code OK}).
     * @return the converter
     */
    public static Function<Reply, @Nullable Void> ok() {
        return (reply) -> null;
    }

    /**
     * A double, from a RESP3 double or a bulk string; nil stays {@code null}.
     * @return the converter
     */
    public static Function<Reply, @Nullable Double> dbl() {
        return (reply) -> {
            if (reply instanceof Reply.Double number) {
                return number.value();
            }
            String text = reply.asString();
            return (text != null) ? parseDouble(text) : null;
        };
    }

    /**
     * Every element of an aggregate converted.
     * @param <T> the element type
     * @param element the element conversion
     * @return the converter
     */
    public static <T> Function<Reply, List<T>> list(Function<Reply, T> element) {
        return (reply) -> {
            List<Reply> items = reply.asList();
            List<T> result = new ArrayList<>(items.size());
            for (Reply item : items) {
                result.add(element.apply(item));
            }
            return result;
        };
    }

    /**
     * A RESP3 map, or a RESP2 flat array of keys and values, in server order.
     * @param <V> the value type
     * @param value the value conversion
     * @return the converter
     */
    public static <V> Function<Reply, Map<String, V>> map(Function<Reply, V> value) {
        return (reply) -> {
            Map<String, V> result = new LinkedHashMap<>();
            if (reply instanceof Reply.MapReply map) {
                map.entries().forEach((k, v) -> result.put(k.asString(), value.apply(v)));
                return result;
            }
            List<Reply> items = reply.asList();
            for (int i = 0; i + 1 < items.size(); i += 2) {
                result.put(items.get(i).asString(), value.apply(items.get(i + 1)));
            }
            return result;
        };
    }

    /**
     * Parse a double as Redis prints it ({@code inf}, {@code -inf}, {@code nan}).
     * @param text the text
     * @return the value
     */
    public static double parseDouble(String text) {
        return switch (text) {
            case "inf", "+inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            case "nan", "-nan" -> Double.NaN;
            default -> Double.parseDouble(text);
        };
    }

}
