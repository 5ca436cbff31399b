package io.unikv.testserver.internal.scripting;

import java.util.ArrayDeque;

import org.jspecify.annotations.Nullable;
import org.luaj.vm2.LuaClosure;
import org.luaj.vm2.LuaFunction;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.Prototype;
import org.luaj.vm2.Varargs;
import org.luaj.vm2.lib.DebugLib;

/**
 * LuaJ's debug library used as an instruction hook: every thousand instructions it lets
 * the engine check the busy threshold, serve other clients and abort killed scripts. It
 * also remembers the last script line executed, which Redis names in script errors. Not
 * exposed to scripts as {@code debug}.
 *
 * @author unikv authors
 */
final class InterruptHook extends DebugLib {

    private static final int CHECK_EVERY = 1000;

    private static final Object JAVA = new Object();

    private final Runnable checkpoint;

    private final ArrayDeque<Object> frames = new ArrayDeque<>();

    private int countdown = CHECK_EVERY;

    private @Nullable Prototype lastPrototype;

    private int lastPc;

    InterruptHook(Runnable checkpoint) {
        this.checkpoint = checkpoint;
    }

    @Override
    public void onCall(LuaFunction f) {
        super.onCall(f);
        this.frames.push(JAVA);
    }

    @Override
    public void onCall(LuaClosure c, Varargs varargs, LuaValue[] stack) {
        super.onCall(c, varargs, stack);
        this.frames.push(c.p);
    }

    @Override
    public void onReturn() {
        super.onReturn();
        this.frames.poll();
    }

    @Override
    public void onInstruction(int pc, Varargs v, int top) {
        super.onInstruction(pc, v, top);
        Object frame = this.frames.peek();
        if (frame instanceof Prototype prototype) {
            this.lastPrototype = prototype;
            this.lastPc = pc;
        }
        if (--this.countdown <= 0) {
            this.countdown = CHECK_EVERY;
            this.checkpoint.run();
        }
    }

    /**
     * Forget the frames of a previous run.
     */
    void reset() {
        this.frames.clear();
        this.lastPrototype = null;
    }

    /**
     * Return the last script line executed, or 1 if none.
     * @return the line
     */
    int currentLine() {
        Prototype prototype = this.lastPrototype;
        if (prototype == null || prototype.lineinfo == null || this.lastPc < 0
                || this.lastPc >= prototype.lineinfo.length) {
            return 1;
        }
        return prototype.lineinfo[this.lastPc];
    }

}
