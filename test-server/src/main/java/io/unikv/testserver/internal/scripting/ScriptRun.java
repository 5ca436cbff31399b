package io.unikv.testserver.internal.scripting;

import io.unikv.testserver.internal.engine.Client;
import io.unikv.testserver.internal.engine.ScriptGate;
import org.luaj.vm2.LuaTable;

/**
 * One running script or function: who called it, as which client its commands run, what
 * it may do and how its errors name it. Engine thread only.
 *
 * @author unikv authors
 */
final class ScriptRun {

    final Client caller;

    final Client client;

    final boolean readOnly;

    final boolean eval;

    final String name;

    final LuaTable keys;

    final LuaTable argv;

    final byte[][] command;

    final long startMillis = System.currentTimeMillis();

    int resp = 2;

    ScriptRun(Client caller, byte[][] command, boolean readOnly, boolean eval, String name, LuaTable keys,
            LuaTable argv) {
        this.command = command;
        this.caller = caller;
        this.client = ScriptGate.scriptClient(caller);
        this.readOnly = readOnly;
        this.eval = eval;
        this.name = name;
        this.keys = keys;
        this.argv = argv;
    }

    String source() {
        return this.eval ? "user_script" : "user_function";
    }

}
