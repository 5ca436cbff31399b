package io.unikv.testserver.internal.commands;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.io.JsonStringEncoder;
import tools.jackson.databind.JsonNode;

/**
 * Writes a tree the way RedisJSON (serde_json with its formatter) does: compact by
 * default; {@code INDENT} once per level after each line break, {@code NEWLINE} before
 * each member and before a closing bracket of a non-empty container, {@code SPACE} after
 * each colon.
 *
 * @author unikv authors
 */
final class JsonWriter {

    private JsonWriter() {
    }

    /**
     * {@code JSON.GET}'s formatting options; {@code null} parts add nothing.
     *
     * @param indent written once per nesting level after each line break
     * @param newline written before each member and before a closing bracket
     * @param space written after each colon
     */
    record Format(@Nullable String indent, @Nullable String newline, @Nullable String space) {

        static final Format COMPACT = new Format(null, null, null);

    }

    /** Writes a tree the way RedisJSON's formatter does. */
    static final class Writer {

        private final Format format;

        private final StringBuilder out;

        Writer(Format format, StringBuilder out) {
            this.format = format;
            this.out = out;
        }

        void value(JsonNode node, int depth) {
            if (node.isObject()) {
                this.out.append('{');
                boolean first = true;
                for (Map.Entry<String, JsonNode> entry : node.properties()) {
                    if (!first) {
                        this.out.append(',');
                    }
                    first = false;
                    newLine(depth + 1);
                    string(entry.getKey());
                    this.out.append(':');
                    if (this.format.space() != null) {
                        this.out.append(this.format.space());
                    }
                    value(entry.getValue(), depth + 1);
                }
                if (!first) {
                    newLine(depth);
                }
                this.out.append('}');
            }
            else if (node.isArray()) {
                this.out.append('[');
                boolean first = true;
                for (JsonNode item : node.values()) {
                    if (!first) {
                        this.out.append(',');
                    }
                    first = false;
                    newLine(depth + 1);
                    value(item, depth + 1);
                }
                if (!first) {
                    newLine(depth);
                }
                this.out.append(']');
            }
            else if (node.isString()) {
                string(node.stringValue());
            }
            else if (node.isNumber()) {
                this.out.append(JsonDocs.formatNumber(node));
            }
            else if (node.isBoolean()) {
                this.out.append(node.booleanValue());
            }
            else {
                this.out.append("null");
            }
        }

        private void string(String text) {
            this.out.append('"');
            JsonStringEncoder.getInstance().quoteAsString(text, this.out);
            this.out.append('"');
        }

        private void newLine(int depth) {
            if (this.format.newline() != null) {
                this.out.append(this.format.newline());
            }
            if (this.format.indent() != null) {
                this.out.append(this.format.indent().repeat(depth));
            }
        }

    }

}
