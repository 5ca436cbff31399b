package io.unikv.commands;

import java.util.List;

/**
 * What a pop over several lists returned: the key it popped from and the elements as
 * text. {@code LMPOP} and {@code BLMPOP} return up to their count of elements;
 * {@code BLPOP} and {@code BRPOP} exactly one.
 *
 * @param key the key the elements were popped from
 * @param elements the popped elements, in pop order (head first for {@code LEFT}, tail
 * first for {@code RIGHT}); never empty
 * @author unikv authors
 */
public record ListPopResult(String key, List<String> elements) {

    /**
     * Copy the elements.
     * @throws IllegalArgumentException if there are no elements (Redis replies nil
     * instead)
     */
    public ListPopResult {
        elements = List.copyOf(elements);
        if (elements.isEmpty()) {
            throw new IllegalArgumentException("A pop result has at least one element");
        }
    }

    /**
     * Return the first popped element, the only one for {@code BLPOP} and {@code BRPOP}.
     * @return the element as text
     */
    public String first() {
        return this.elements.get(0);
    }

}
