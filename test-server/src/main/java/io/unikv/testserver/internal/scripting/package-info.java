/**
 * Lua scripting for the test server: EVAL and friends, SCRIPT, FUNCTION and FCALL, on the
 * LuaJ interpreter with Redis's sandbox, conversion rules and libraries.
 */
@NullMarked
package io.unikv.testserver.internal.scripting;

import org.jspecify.annotations.NullMarked;
