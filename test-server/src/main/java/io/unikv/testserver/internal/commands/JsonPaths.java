package io.unikv.testserver.internal.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.InvalidPathException;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.Option;
import com.jayway.jsonpath.PathNotFoundException;
import io.unikv.testserver.internal.engine.Errors;
import io.unikv.testserver.internal.engine.RedisError;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * RedisJSON paths: a JSONPath ({@code $}, {@code $.a}, {@code $[0]}) or a legacy path
 * ({@code .}, {@code .a.b}, {@code a}) that is read as {@code $}-rooted JSONPath, as
 * RedisJSON 2.x does. Jayway JsonPath evaluates the expression; the matches come back as
 * locations (lists of member names and array indices) the commands read and edit.
 *
 * @param original the path as the client sent it
 * @param expression the JSONPath expression it stands for
 * @param legacy whether it is a legacy path (legacy commands reply about the first match
 * and fail when nothing matches)
 * @author unikv authors
 */
record JsonPaths(String original, String expression, boolean legacy) {

    private static final com.jayway.jsonpath.Configuration PATHS = JacksonTreeProvider.CONFIGURATION
        .addOptions(Option.AS_PATH_LIST, Option.ALWAYS_RETURN_LIST);

    private static final Pattern HUGE_INDEX = Pattern.compile("\\[(-?\\d{10,})\\]");

    private static final Pattern REGEX_LITERAL = Pattern
        .compile("=~\\s*(?:\"((?:[^\"\\\\]|\\\\.)*)\"|'((?:[^'\\\\]|\\\\.)*)')");

    /** The default path (the legacy root). */
    static final JsonPaths LEGACY_ROOT = of(".");

    /**
     * Read a path argument.
     * @param text the argument
     * @return the path
     */
    static JsonPaths of(String text) {
        if (text.equals("$") || text.startsWith("$.") || text.startsWith("$[")) {
            return new JsonPaths(text, text, false);
        }
        if (text.equals(".")) {
            return new JsonPaths(text, "$", true);
        }
        if (text.startsWith(".") || text.startsWith("[")) {
            return new JsonPaths(text, "$" + text, true);
        }
        return new JsonPaths(text, "$." + text, true);
    }

    /**
     * Return whether the path is the root.
     * @return whether it is {@code $} or {@code .}
     */
    boolean root() {
        return this.expression.equals("$");
    }

    /**
     * Find every match.
     * @param root the document
     * @return the locations, in JSONPath order
     * @throws RedisError if the expression does not compile
     */
    List<List<Object>> locate(JsonNode root) {
        return locate(root, this.expression);
    }

    /**
     * Return every matching value.
     * @param root the document
     * @return the values
     */
    List<JsonNode> values(JsonNode root) {
        List<JsonNode> values = new ArrayList<>();
        for (List<Object> location : locate(root)) {
            values.add(JsonLocations.get(root, location));
        }
        return values;
    }

    /**
     * Return the first matching value, as legacy commands see it.
     * @param root the document
     * @return the value
     * @throws RedisError {@code ERR Path '...' does not exist} if nothing matches
     */
    JsonNode first(JsonNode root) {
        List<List<Object>> locations = locate(root);
        if (locations.isEmpty()) {
            throw new RedisError(Errors.jsonPathMissing(this.expression));
        }
        return JsonLocations.get(root, locations.get(0));
    }

    static List<List<Object>> locate(JsonNode root, String expression) {
        if (expression.equals("$")) {
            return List.of(List.of());
        }
        Object found;
        try {
            found = JsonPath.compile(forJayway(expression)).read(root, PATHS);
        }
        catch (PathNotFoundException ex) {
            return List.of();
        }
        catch (InvalidPathException ex) {
            throw new RedisError(Errors.jsonBadPath(expression, String.valueOf(ex.getMessage())));
        }
        catch (RuntimeException ex) {
            // Jayway fails this way on filters it cannot evaluate against this document
            return List.of();
        }
        List<List<Object>> locations = new ArrayList<>();
        for (Object path : (found instanceof ArrayNode array) ? array.values() : (Iterable<?>) found) {
            String text = (path instanceof JsonNode node) ? node.stringValue() : String.valueOf(path);
            List<Object> location = parseNormalized(text);
            // Jayway reports definite paths whose last step is missing; RedisJSON does
            // not
            if (resolve(root, location)) {
                locations.add(location);
            }
        }
        return locations;
    }

    /**
     * RedisJSON accepts a dot before a bracket ({@code .["a"]}, {@code $.[1]}); Jayway
     * does not, so drop it (outside quotes, and not from a recursive descent
     * {@code ..[}).
     */
    private static String forJayway(String expression) {
        StringBuilder out = new StringBuilder(expression.length());
        char quote = 0;
        for (int i = 0; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if (quote != 0) {
                quote = (c == quote) ? 0 : quote;
            }
            else if (c == '\'' || c == '"') {
                quote = c;
            }
            else if (c == '.' && expression.startsWith("[", i + 1) && (i == 0 || expression.charAt(i - 1) != '.')) {
                continue;
            }
            out.append(c);
        }
        return regexLiterals(clampIndices(out.toString()));
    }

    /**
     * RedisJSON writes regular expressions as strings ({@code @ =~ ".*foo"}) and finds
     * them anywhere in the value; Jayway wants {@code /.../} and matches the whole value.
     */
    private static String regexLiterals(String expression) {
        if (!expression.contains("=~")) {
            return expression;
        }
        Matcher matcher = REGEX_LITERAL.matcher(expression);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String pattern = (matcher.group(1) != null) ? matcher.group(1) : matcher.group(2);
            matcher.appendReplacement(out,
                    Matcher.quoteReplacement("=~ /.*(?:" + pattern.replace("/", "\\/") + ").*/"));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /**
     * Jayway reads indices as int; one beyond that range matches nothing, as in
     * RedisJSON.
     */
    private static String clampIndices(String expression) {
        Matcher matcher = HUGE_INDEX.matcher(expression);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String clamped = matcher.group(1).startsWith("-") ? String.valueOf(Integer.MIN_VALUE)
                    : String.valueOf(Integer.MAX_VALUE);
            matcher.appendReplacement(out, "[" + clamped + "]");
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** Check that a location exists, turning negative indices into positions. */
    private static boolean resolve(JsonNode root, List<Object> location) {
        JsonNode node = root;
        for (int i = 0; i < location.size(); i++) {
            Object segment = location.get(i);
            if (segment instanceof Integer index) {
                int at = (index < 0) ? node.size() + index : index;
                if (!node.isArray() || at < 0 || at >= node.size()) {
                    return false;
                }
                location.set(i, at);
                node = node.get(at);
            }
            else {
                node = node.isObject() ? node.get((String) segment) : null;
                if (node == null) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Read Jayway's normalized form, {@code $['a'][0]}. */
    private static List<Object> parseNormalized(String path) {
        List<Object> segments = new ArrayList<>();
        int i = 1;
        while (i < path.length()) {
            if (path.startsWith("['", i)) {
                int end = i + 2;
                while (true) {
                    end = path.indexOf("']", end);
                    if (end + 2 >= path.length() || path.charAt(end + 2) == '[') {
                        break;
                    }
                    end++;
                }
                segments.add(path.substring(i + 2, end));
                i = end + 2;
            }
            else {
                int end = path.indexOf(']', i);
                segments.add(Integer.parseInt(path.substring(i + 1, end)));
                i = end + 1;
            }
        }
        return segments;
    }

    /**
     * Split a static path into its parent and its last member name, for JSON.SET and
     * JSON.MERGE creating a member.
     * @return the parent expression and the name, or {@code null} if the path ends with
     * an array index
     * @throws RedisError if the path has wildcards, filters or recursive descent, or is
     * the root
     */
    @Nullable String[] splitLast() {
        String path = this.expression;
        if (!isStatic(path)) {
            throw new RedisError(Errors.JSON_WRONG_STATIC_PATH);
        }
        if (path.equals("$")) {
            throw new RedisError(Errors.JSON_PATH_MUST_END_WITH_KEY);
        }
        if (path.endsWith("]")) {
            int open = lastBracket(path);
            String inside = path.substring(open + 1, path.length() - 1).strip();
            if (inside.length() >= 2 && (inside.charAt(0) == '\'' || inside.charAt(0) == '"')) {
                String parent = path.substring(0, open);
                parent = (parent.endsWith(".") && !parent.endsWith("..")) ? parent.substring(0, parent.length() - 1)
                        : parent;
                return new String[] { parent, inside.substring(1, inside.length() - 1) };
            }
            return null;
        }
        int dot = path.lastIndexOf('.');
        return new String[] { path.substring(0, dot), path.substring(dot + 1) };
    }

    private static int lastBracket(String path) {
        char quote = 0;
        for (int i = path.length() - 2; i >= 0; i--) {
            char c = path.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            }
            else if (c == '\'' || c == '"') {
                quote = c;
            }
            else if (c == '[') {
                return i;
            }
        }
        return 0;
    }

    private static boolean isStatic(String path) {
        char quote = 0;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            }
            else if (c == '\'' || c == '"') {
                quote = c;
            }
            else if (c == '*' || c == '?' || c == ':' || c == ',' || c == '(' || path.startsWith("..", i)) {
                return false;
            }
        }
        return true;
    }

}
