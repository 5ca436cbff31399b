package io.unikv.testserver.internal.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.unikv.testserver.internal.engine.Reply;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * JSON values as RESP replies: {@code JSON.RESP}'s form and the RESP3 {@code FORMAT
 * EXPAND}/{@code EXPAND1} forms.
 *
 * @author unikv authors
 */
final class JsonRespValues {

    private JsonRespValues() {
    }

    /**
     * Convert a value for {@code JSON.RESP}: {@code [} or <code>{</code> markers for
     * containers, simple strings for booleans, integers and doubles for numbers.
     * @param node the value
     * @return the reply
     */
    static Reply resp(JsonNode node) {
        if (node.isObject()) {
            List<Reply> items = new ArrayList<>(node.size() * 2 + 1);
            items.add(new Reply.Simple("{"));
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                items.add(Reply.bulk(entry.getKey()));
                items.add(resp(entry.getValue()));
            }
            return Reply.array(items);
        }
        if (node.isArray()) {
            List<Reply> items = new ArrayList<>(node.size() + 1);
            items.add(new Reply.Simple("["));
            node.values().forEach((item) -> items.add(resp(item)));
            return Reply.array(items);
        }
        return scalar(node, null);
    }

    /**
     * Convert a value for RESP3 replies ({@code FORMAT EXPAND} / {@code EXPAND1}):
     * scalars as RESP3 types, containers expanded or serialized.
     * @param node the value
     * @param expand whether containers become arrays and maps ({@code EXPAND})
     * @return the reply
     */
    static Reply expand(JsonNode node, boolean expand) {
        if (node.isContainer()) {
            if (!expand) {
                return Reply.bulk(JsonDocs.serialize(node));
            }
            List<Reply> items = new ArrayList<>();
            if (node.isObject()) {
                for (Map.Entry<String, JsonNode> entry : node.properties()) {
                    items.add(Reply.bulk(entry.getKey()));
                    items.add(expand(entry.getValue(), true));
                }
                return new Reply.MapReply(items);
            }
            node.values().forEach((item) -> items.add(expand(item, true)));
            return Reply.array(items);
        }
        return scalar(node, node.isBoolean() ? new Reply.Bool(node.booleanValue()) : null);
    }

    /**
     * Convert a number to an integer or double reply.
     * @param node a number
     * @return the reply
     */
    static Reply number(JsonNode node) {
        return (node.isIntegralNumber() && node.canConvertToLong()) ? Reply.integer(node.longValue())
                : new Reply.Dbl(node.doubleValue());
    }

    private static Reply scalar(JsonNode node, @Nullable Reply bool) {
        if (node.isString()) {
            return Reply.bulk(node.stringValue());
        }
        if (node.isNumber()) {
            return number(node);
        }
        if (node.isBoolean()) {
            return (bool != null) ? bool : new Reply.Simple(node.booleanValue() ? "true" : "false");
        }
        return Reply.NULL;
    }

}
