package io.unikv.testserver.internal.commands;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.unikv.testserver.internal.engine.JsonValue;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reading and editing a document at the locations {@link JsonPaths} finds: lists of
 * member names and array indices from the root.
 *
 * @author unikv authors
 */
final class JsonLocations {

    private JsonLocations() {
    }

    /**
     * Return the value at a location.
     * @param root the document
     * @param location the location
     * @return the value
     */
    static JsonNode get(JsonNode root, List<Object> location) {
        JsonNode node = root;
        for (Object segment : location) {
            node = (segment instanceof Integer index) ? node.get(index) : node.get((String) segment);
        }
        return node;
    }

    /**
     * Return the value at a location, if it (still) exists.
     * @param root the document
     * @param location the location
     * @return the value, or {@code null}
     */
    static @Nullable JsonNode find(JsonNode root, List<Object> location) {
        JsonNode node = root;
        for (Object segment : location) {
            if (segment instanceof Integer index) {
                node = (node.isArray() && index < node.size()) ? node.get(index) : null;
            }
            else {
                node = node.isObject() ? node.get((String) segment) : null;
            }
            if (node == null) {
                return null;
            }
        }
        return node;
    }

    /**
     * Replace the value at a location.
     * @param doc the document
     * @param location the location
     * @param value the new value
     */
    static void set(JsonValue doc, List<Object> location, JsonNode value) {
        if (location.isEmpty()) {
            doc.root(value);
            return;
        }
        JsonNode parent = get(doc.root(), location.subList(0, location.size() - 1));
        Object last = location.get(location.size() - 1);
        if (last instanceof Integer index) {
            ((ArrayNode) parent).set(index, value);
        }
        else {
            ((ObjectNode) parent).set((String) last, value);
        }
    }

    /**
     * Remove the value at a location (not the root).
     * @param root the document
     * @param location the location
     */
    static void remove(JsonNode root, List<Object> location) {
        JsonNode parent = get(root, location.subList(0, location.size() - 1));
        Object last = location.get(location.size() - 1);
        if (last instanceof Integer index) {
            ((ArrayNode) parent).remove((int) index);
        }
        else {
            removeMember((ObjectNode) parent, (String) last);
        }
    }

    /**
     * Remove an object member as RedisJSON's object type does: the last member moves into
     * the removed one's place (a swap remove), which shows in the order of later output.
     * @param object the object
     * @param name the member's name
     */
    static void removeMember(ObjectNode object, String name) {
        List<String> names = new ArrayList<>(object.propertyNames());
        int at = names.indexOf(name);
        if (at < 0) {
            return;
        }
        if (at == names.size() - 1) {
            object.remove(name);
            return;
        }
        String moved = names.get(names.size() - 1);
        List<JsonNode> values = new ArrayList<>(object.values());
        names.set(at, moved);
        values.set(at, values.get(values.size() - 1));
        object.removeAll();
        for (int i = 0; i < names.size() - 1; i++) {
            object.set(names.get(i), values.get(i));
        }
    }

    /**
     * Order locations for editing several at once, as RedisJSON does: higher array
     * indices first (so removals do not shift the others), and only the outermost of
     * nested matches.
     * @param locations the locations, edited in place
     */
    static void prepareForUpdate(List<List<Object>> locations) {
        if (locations.size() < 2) {
            return;
        }
        locations.sort(JsonLocations::compareForUpdate);
        List<List<Object>> kept = new ArrayList<>();
        for (List<Object> location : locations) {
            boolean nested = false;
            for (List<Object> other : locations) {
                if (other != location && other.size() < location.size()
                        && location.subList(0, other.size()).equals(other)) {
                    nested = true;
                    break;
                }
            }
            if (!nested && !kept.contains(location)) {
                kept.add(location);
            }
        }
        locations.clear();
        locations.addAll(kept);
    }

    private static int compareForUpdate(List<Object> a, List<Object> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            Object x = a.get(i);
            Object y = b.get(i);
            if (x instanceof Integer i1 && y instanceof Integer i2) {
                if (!i1.equals(i2)) {
                    return Integer.compare(i2, i1);
                }
            }
            else if (x instanceof String s1 && y instanceof String s2) {
                int order = Comparator.<String>naturalOrder().compare(s1, s2);
                if (order != 0) {
                    return order;
                }
            }
            else {
                return (x instanceof String) ? -1 : 1;
            }
        }
        return Integer.compare(b.size(), a.size());
    }

}
