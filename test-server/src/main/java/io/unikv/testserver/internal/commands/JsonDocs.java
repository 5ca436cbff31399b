package io.unikv.testserver.internal.commands;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import io.unikv.testserver.internal.engine.Errors;
import io.unikv.testserver.internal.engine.RedisError;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * JSON text in and out, as RedisJSON (serde_json) reads and writes it: strict parsing
 * with a nesting limit of 128, compact output by default (or with {@code INDENT},
 * {@code NEWLINE} and {@code SPACE}), integers kept apart from floats, floats in their
 * shortest form ({@code 1.5}, {@code 2.0}, {@code 1e20}).
 *
 * @author unikv authors
 */
final class JsonDocs {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final int MAX_DEPTH = 128;

    /** Documents: RedisJSON reads the first value and ignores whatever follows it. */
    private static final JsonMapper DOCUMENTS = mapper(false);

    /**
     * Arguments read with serde_json's from_str (STRAPPEND, ARRINDEX, NUMINCRBY): exact.
     */
    private static final JsonMapper ARGUMENTS = mapper(true);

    private static final BigInteger U64_MAX = new BigInteger("18446744073709551615");

    private JsonDocs() {
    }

    private static JsonMapper mapper(boolean exact) {
        JsonFactory factory = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .build();
        return JsonMapper.builder(factory).configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, exact).build();
    }

    /**
     * Parse a document value (JSON.SET, MSET, MERGE, ARRAPPEND, ARRINSERT): the first
     * JSON value of the text; anything after it is ignored, as RedisJSON does.
     * @param text the text
     * @return the tree
     * @throws RedisError in serde_json's words if the text does not start with a JSON
     * value
     */
    static JsonNode parse(String text) {
        return parse(text, DOCUMENTS);
    }

    /**
     * Parse an argument that must be exactly one JSON value.
     * @param text the text
     * @return the tree
     * @throws RedisError in serde_json's words otherwise
     */
    static JsonNode parseExact(String text) {
        return parse(text, ARGUMENTS);
    }

    private static JsonNode parse(String text, JsonMapper mapper) {
        if (text.isBlank()) {
            throw new RedisError(Errors.jsonSyntax("EOF while parsing a value", 1, text.length()));
        }
        try {
            return normalize(mapper.readTree(text));
        }
        catch (JacksonException ex) {
            if (ex.getMessage() != null && ex.getMessage().contains("nesting depth")) {
                throw new RedisError(Errors.JSON_RECURSION_LIMIT);
            }
            String message = String.valueOf(ex.getMessage());
            String what = message.startsWith("Trailing token") ? "trailing characters"
                    : message.contains("end-of-input") ? "EOF while parsing a value" : "expected value";
            TokenStreamLocation at = ex.getLocation();
            int line = (at != null && at.getLineNr() > 0) ? at.getLineNr() : 1;
            int shift = what.startsWith("trailing") ? 0 : 1;
            int column = (at != null && at.getColumnNr() > 0) ? at.getColumnNr() - shift : 1;
            throw new RedisError(Errors.jsonSyntax(what, line, Math.max(column, 1)));
        }
    }

    /** serde_json keeps integers up to u64 and reads anything larger as a float. */
    private static JsonNode normalize(JsonNode node) {
        if (node.isBigInteger() && node.bigIntegerValue().abs().compareTo(U64_MAX) > 0) {
            return NODES.numberNode(node.doubleValue());
        }
        if (node.isBigDecimal() || node.isFloat()) {
            return NODES.numberNode(node.doubleValue());
        }
        if (node.isDouble() && !Double.isFinite(node.doubleValue())) {
            throw new RedisError(Errors.jsonSyntax("number out of range", 1, 1));
        }
        if (node.isObject()) {
            for (String name : new ArrayList<>(node.propertyNames())) {
                JsonNode value = normalize(node.get(name));
                if (value != node.get(name)) {
                    ((tools.jackson.databind.node.ObjectNode) node).set(name, value);
                }
            }
        }
        else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                JsonNode value = normalize(node.get(i));
                if (value != node.get(i)) {
                    ((tools.jackson.databind.node.ArrayNode) node).set(i, value);
                }
            }
        }
        return node;
    }

    /**
     * Serialize compactly.
     * @param node the value
     * @return the JSON text
     */
    static String serialize(JsonNode node) {
        return serialize(node, JsonWriter.Format.COMPACT);
    }

    /**
     * Serialize with RedisJSON's formatting options.
     * @param node the value
     * @param format the options
     * @return the JSON text
     */
    static String serialize(JsonNode node, JsonWriter.Format format) {
        StringBuilder out = new StringBuilder();
        new JsonWriter.Writer(format, out).value(node, 0);
        return out.toString();
    }

    /**
     * Serialize a list of values as one JSON array (the JSONPath reply form).
     * @param nodes the values ({@code null} entries become {@code null})
     * @param format the options
     * @return the JSON text
     */
    static String serializeAll(List<? extends @Nullable JsonNode> nodes, JsonWriter.Format format) {
        var array = NODES.arrayNode();
        for (JsonNode node : nodes) {
            array.add((node != null) ? node : NODES.nullNode());
        }
        return serialize(array, format);
    }

    /**
     * Return RedisJSON's name for a value's type.
     * @param node the value
     * @return {@code object}, {@code array}, {@code string}, {@code integer},
     * {@code number}, {@code boolean} or {@code null}
     */
    static String typeName(JsonNode node) {
        if (node.isObject()) {
            return "object";
        }
        if (node.isArray()) {
            return "array";
        }
        if (node.isString()) {
            return "string";
        }
        if (node.isIntegralNumber()) {
            return "integer";
        }
        if (node.isNumber()) {
            return "number";
        }
        if (node.isBoolean()) {
            return "boolean";
        }
        return "null";
    }

    /**
     * Format a float as serde_json does (ryu's shortest representation).
     * @param value a finite value
     * @return the text
     */
    static String formatDouble(double value) {
        if (value == 0) {
            return (1 / value < 0) ? "-0.0" : "0.0";
        }
        BigDecimal decimal = new BigDecimal(Double.toString(value)).stripTrailingZeros();
        String sign = (decimal.signum() < 0) ? "-" : "";
        String digits = decimal.unscaledValue().abs().toString();
        int length = digits.length();
        // position of the decimal point relative to the start of the digits
        int point = length - decimal.scale();
        if (decimal.scale() <= 0 && point <= 16) {
            return sign + digits + "0".repeat(point - length) + ".0";
        }
        if (point > 0 && point <= 16) {
            return sign + digits.substring(0, point) + "." + digits.substring(point);
        }
        if (point > -5 && point <= 0) {
            return sign + "0." + "0".repeat(-point) + digits;
        }
        int exponent = point - 1;
        String mantissa = (length == 1) ? digits : digits.charAt(0) + "." + digits.substring(1);
        return sign + mantissa + "e" + exponent;
    }

    /**
     * Return a number node's text as serde_json writes it.
     * @param node a number
     * @return the text
     */
    static String formatNumber(JsonNode node) {
        if (node.isIntegralNumber()) {
            return node.bigIntegerValue().toString();
        }
        return formatDouble(node.doubleValue());
    }

}
