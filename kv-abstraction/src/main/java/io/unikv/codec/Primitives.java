package io.unikv.codec;

import java.util.Map;

/**
 * Maps primitive classes to their wrappers, so {@code long.class} reads like
 * {@code Long}.
 *
 * @author unikv authors
 */
final class Primitives {

    private static final Map<Class<?>, Class<?>> WRAPPERS = Map.of(boolean.class, Boolean.class, byte.class, Byte.class,
            short.class, Short.class, int.class, Integer.class, long.class, Long.class, float.class, Float.class,
            double.class, Double.class, char.class, Character.class);

    private Primitives() {
    }

    static Class<?> wrap(Class<?> type) {
        return WRAPPERS.getOrDefault(type, type);
    }

}
