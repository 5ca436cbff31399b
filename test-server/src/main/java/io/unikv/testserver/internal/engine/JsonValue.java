package io.unikv.testserver.internal.engine;

import tools.jackson.databind.JsonNode;

/**
 * A RedisJSON document: a mutable Jackson tree. {@code TYPE} reports the module's type
 * name ({@code ReJSON-RL}) and {@code OBJECT ENCODING} {@code raw}, as Redis does for
 * module values.
 *
 * @author unikv authors
 */
public final class JsonValue implements RedisValue {

    private JsonNode root;

    /**
     * Create a document.
     * @param root the root node, owned by this value from now on
     */
    public JsonValue(JsonNode root) {
        this.root = root;
    }

    /**
     * Return the root node; mutations must be followed by {@link Database#modified}.
     * @return the root
     */
    public JsonNode root() {
        return this.root;
    }

    /**
     * Replace the root node.
     * @param root the new root
     */
    public void root(JsonNode root) {
        this.root = root;
    }

    @Override
    public Values type() {
        return Values.JSON;
    }

    @Override
    public String encoding() {
        return "raw";
    }

    @Override
    public RedisValue copy() {
        return new JsonValue(this.root.deepCopy());
    }

}
