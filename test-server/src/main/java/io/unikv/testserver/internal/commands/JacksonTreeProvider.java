package io.unikv.testserver.internal.commands;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.TypeRef;
import com.jayway.jsonpath.spi.json.JsonProvider;
import com.jayway.jsonpath.spi.mapper.MappingProvider;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Lets Jayway JsonPath walk Jackson 3 trees (Jayway ships a provider for Jackson 2 only).
 * Containers stay nodes, so the paths Jayway reports address the document itself; leaves
 * are unwrapped to Java values for filter expressions. Only evaluation is supported: the
 * commands mutate the tree themselves.
 *
 * @author unikv authors
 */
final class JacksonTreeProvider implements JsonProvider, MappingProvider {

    static final Configuration CONFIGURATION = Configuration.builder()
        .jsonProvider(new JacksonTreeProvider())
        .mappingProvider(new JacksonTreeProvider())
        .build();

    @Override
    public Object parse(String json) {
        return JsonDocs.parse(json);
    }

    @Override
    public Object parse(InputStream in, String charset) {
        throw new UnsupportedOperationException("documents are parsed by the commands");
    }

    @Override
    public String toJson(Object obj) {
        return JsonDocs.serialize(wrap(obj));
    }

    @Override
    public Object createArray() {
        return JsonNodeFactory.instance.arrayNode();
    }

    @Override
    public Object createMap() {
        return JsonNodeFactory.instance.objectNode();
    }

    @Override
    public boolean isArray(Object obj) {
        return obj instanceof ArrayNode || obj instanceof List;
    }

    @Override
    public int length(Object obj) {
        if (obj instanceof JsonNode node) {
            return node.isString() ? node.stringValue().length() : node.size();
        }
        if (obj instanceof Collection<?> collection) {
            return collection.size();
        }
        if (obj instanceof String text) {
            return text.length();
        }
        throw new IllegalArgumentException("no length for " + obj);
    }

    @Override
    public Iterable<?> toIterable(Object obj) {
        if (obj instanceof ArrayNode array) {
            List<Object> values = new ArrayList<>(array.size());
            for (JsonNode item : array.values()) {
                values.add(unwrap(item));
            }
            return values;
        }
        if (obj instanceof List<?> list) {
            return list;
        }
        throw new IllegalArgumentException("not an array: " + obj);
    }

    @Override
    public Collection<String> getPropertyKeys(Object obj) {
        return ((ObjectNode) obj).propertyNames();
    }

    @Override
    public Object getArrayIndex(Object obj, int index) {
        if (obj instanceof List<?> list) {
            return list.get(index);
        }
        return unwrap(((ArrayNode) obj).get(index));
    }

    @Override
    @Deprecated
    public Object getArrayIndex(Object obj, int index, boolean unwrap) {
        return getArrayIndex(obj, index);
    }

    @Override
    public void setArrayIndex(Object array, int index, Object value) {
        if (array instanceof List<?>) {
            @SuppressWarnings("unchecked")
            List<Object> list = (List<Object>) array;
            if (index == list.size()) {
                list.add(value);
            }
            else {
                list.set(index, value);
            }
            return;
        }
        ArrayNode node = (ArrayNode) array;
        if (index == node.size()) {
            node.add(wrap(value));
        }
        else {
            node.set(index, wrap(value));
        }
    }

    @Override
    public Object getMapValue(Object obj, String key) {
        JsonNode value = ((ObjectNode) obj).get(key);
        return (value != null) ? unwrap(value) : UNDEFINED;
    }

    @Override
    public void setProperty(Object obj, Object key, Object value) {
        if (obj instanceof ObjectNode object) {
            object.set(String.valueOf(key), wrap(value));
        }
        else {
            setArrayIndex(obj, Integer.parseInt(String.valueOf(key)), value);
        }
    }

    @Override
    public void removeProperty(Object obj, Object key) {
        throw new UnsupportedOperationException("the commands edit documents themselves");
    }

    @Override
    public boolean isMap(Object obj) {
        return obj instanceof ObjectNode;
    }

    @Override
    public Object unwrap(Object obj) {
        if (!(obj instanceof JsonNode node) || node.isContainer()) {
            return obj;
        }
        if (node.isString()) {
            return node.stringValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isIntegralNumber()) {
            return node.canConvertToLong() ? (Object) node.longValue() : node.bigIntegerValue();
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        return null;
    }

    /**
     * Filters ask for containers as {@link List} or {@link Map} (to compare them with
     * {@code ==}, {@code in}, {@code size}...): plain Java collections of unwrapped
     * values.
     */
    @Override
    public <T> T map(Object source, Class<T> targetType, Configuration configuration) {
        if (targetType.isInstance(source)) {
            return targetType.cast(source);
        }
        if (source instanceof ArrayNode array && targetType.isAssignableFrom(List.class)) {
            List<Object> list = new ArrayList<>(array.size());
            array.values().forEach((item) -> list.add(plain(item)));
            return targetType.cast(list);
        }
        if (source instanceof ObjectNode object && targetType.isAssignableFrom(Map.class)) {
            return targetType.cast(plain(object));
        }
        throw new UnsupportedOperationException("no mapping to " + targetType);
    }

    private Object plain(JsonNode node) {
        if (node instanceof ArrayNode array) {
            List<Object> list = new ArrayList<>(array.size());
            array.values().forEach((item) -> list.add(plain(item)));
            return list;
        }
        if (node instanceof ObjectNode object) {
            Map<String, Object> map = new LinkedHashMap<>();
            object.properties().forEach((entry) -> map.put(entry.getKey(), plain(entry.getValue())));
            return map;
        }
        return unwrap(node);
    }

    @Override
    public <T> T map(Object source, TypeRef<T> targetType, Configuration configuration) {
        throw new UnsupportedOperationException("no mapping to " + targetType);
    }

    private static JsonNode wrap(Object value) {
        if (value instanceof JsonNode node) {
            return node;
        }
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (value == null) {
            return nodes.nullNode();
        }
        if (value instanceof String text) {
            return nodes.stringNode(text);
        }
        if (value instanceof Boolean bool) {
            return nodes.booleanNode(bool);
        }
        if (value instanceof Long number) {
            return nodes.numberNode(number);
        }
        if (value instanceof Integer number) {
            return nodes.numberNode(number);
        }
        if (value instanceof Number number) {
            return nodes.numberNode(number.doubleValue());
        }
        if (value instanceof List<?> list) {
            ArrayNode array = nodes.arrayNode();
            list.forEach((item) -> array.add(wrap(item)));
            return array;
        }
        throw new IllegalArgumentException("not a JSON value: " + value);
    }

}
