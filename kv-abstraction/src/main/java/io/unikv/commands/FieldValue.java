package io.unikv.commands;

/**
 * A hash field with its value, as {@code HSCAN} and {@code HRANDFIELD ... WITHVALUES}
 * return them. A list of these, unlike a map, keeps the server's order and the repeats
 * that {@code HRANDFIELD} with a negative count may return.
 *
 * @param <T> the value type: text, or the type the codec decoded it into
 * @param field the field name
 * @param value the value
 * @author unikv authors
 */
public record FieldValue<T>(String field, T value) {

}
