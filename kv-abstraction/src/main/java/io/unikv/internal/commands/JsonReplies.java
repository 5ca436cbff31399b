package io.unikv.internal.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import io.unikv.KvCodecException;
import io.unikv.transport.Reply;
import org.jspecify.annotations.Nullable;

/**
 * Reads RedisJSON replies into one shape whatever the protocol: RedisJSON answers a
 * legacy path with a single value and a JSONPath with an array (over RESP2 some arrays
 * arrive as JSON text, {@code "[3,null]"}; over RESP3 some are wrapped in one more
 * array). Every converter here returns one list entry per match.
 *
 * @author unikv authors
 */
final class JsonReplies {

    private JsonReplies() {
    }

    /**
     * Return whether a path is a JSONPath rather than a legacy path.
     * @param path the path
     * @return whether it starts with {@code $} as a root
     */
    static boolean isJsonPath(String path) {
        return path.equals("$") || path.startsWith("$.") || path.startsWith("$[");
    }

    /**
     * One entry per match, converted; a single (legacy) reply becomes a one-entry list.
     * @param <T> the entry type
     * @param element the conversion of one non-nil entry
     * @return the converter
     */
    static <T> Function<Reply, List<@Nullable T>> perMatch(Function<Reply, T> element) {
        return (reply) -> {
            List<@Nullable T> result = new ArrayList<>();
            if (reply instanceof Reply.Array array) {
                for (Reply item : array.elements()) {
                    result.add(item.isNil() ? null : element.apply(item));
                }
            }
            else {
                result.add(reply.isNil() ? null : element.apply(reply));
            }
            return result;
        };
    }

    /**
     * Numbers from an array of integers and doubles (RESP3), a JSON array as text (RESP2
     * with a JSONPath) or one number as text (RESP2 with a legacy path).
     * @return the converter
     */
    static Function<Reply, List<@Nullable Number>> numbers() {
        return (reply) -> {
            if (reply instanceof Reply.Array) {
                return perMatch(JsonReplies::number).apply(reply);
            }
            String text = reply.asString();
            List<@Nullable Number> result = new ArrayList<>();
            if (text == null) {
                return result;
            }
            if (!text.startsWith("[")) {
                result.add(parseNumber(text));
                return result;
            }
            String inside = text.substring(1, text.length() - 1).strip();
            if (!inside.isEmpty()) {
                for (String item : inside.split(",")) {
                    String token = item.strip();
                    result.add(token.equals("null") ? null : parseNumber(token));
                }
            }
            return result;
        };
    }

    private static Number number(Reply reply) {
        if (reply instanceof Reply.Int value) {
            return value.value();
        }
        if (reply instanceof Reply.Double value) {
            return value.value();
        }
        return parseNumber(String.valueOf(reply.asString()));
    }

    private static Number parseNumber(String text) {
        try {
            if (text.contains(".") || text.contains("e") || text.contains("E")) {
                return Double.parseDouble(text);
            }
            return Long.parseLong(text);
        }
        catch (NumberFormatException ex) {
            throw new KvCodecException("Not a JSON number: " + text, ex);
        }
    }

    /**
     * Booleans from integers (JSONPath: 1 or 0) or text (legacy:
     * {@code true}/{@code false}).
     * @return the converter
     */
    static Function<Reply, List<@Nullable Boolean>> booleans() {
        return perMatch((item) -> (item instanceof Reply.Int value) ? value.value() == 1
                : Boolean.parseBoolean(item.asString()));
    }

    /**
     * Types, flattening RESP3's extra array and dropping nil (missing key).
     * @return the converter
     */
    static Function<Reply, List<String>> types() {
        return (reply) -> {
            List<String> result = new ArrayList<>();
            collectTypes(reply, result);
            return result;
        };
    }

    private static void collectTypes(Reply reply, List<String> into) {
        if (reply instanceof Reply.Array array) {
            array.elements().forEach((item) -> collectTypes(item, into));
        }
        else if (!reply.isNil()) {
            into.add(reply.asString());
        }
    }

    /**
     * Member names: per match for a JSONPath, one list for a legacy path.
     * @param jsonPath whether the path is a JSONPath
     * @return the converter
     */
    static Function<Reply, List<@Nullable List<String>>> keys(boolean jsonPath) {
        Function<Reply, List<String>> names = (item) -> {
            List<String> result = new ArrayList<>();
            item.asList().forEach((name) -> result.add(name.asString()));
            return result;
        };
        if (jsonPath) {
            return perMatch(names);
        }
        return (reply) -> {
            List<@Nullable List<String>> result = new ArrayList<>();
            result.add(reply.isNil() ? null : names.apply(reply));
            return result;
        };
    }

    /**
     * Quote text as a JSON string.
     * @param text the text
     * @return the JSON string literal
     */
    static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    }
                    else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

}
