package io.unikv.testserver.internal.scripting;

import io.unikv.testserver.internal.engine.RedisNumbers;

/**
 * Numbers as Lua 5.1 prints them ({@code %.14g}), which cjson also uses. Stateless.
 *
 * @author unikv authors
 */
final class LuaNumbers {

    private LuaNumbers() {
    }

    static String format(double value) {
        return RedisNumbers.formatG(value, 14);
    }

}
