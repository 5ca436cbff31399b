package io.unikv.testserver.internal.scripting;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.luaj.vm2.Varargs;
import org.luaj.vm2.lib.DebugLib;

/**
 * LuaJ's debug library used as an instruction hook: every few thousand instructions it
 * lets the engine check the busy threshold, serve other clients and abort killed scripts.
 * It also finds the script line currently executing. Not exposed to scripts as
 * {@code debug}.
 *
 * @author unikv authors
 */
final class InterruptHook extends DebugLib {

    private static final int CHECK_EVERY = 1000;

    private static final Pattern LINE = Pattern.compile("user_(?:script|function):(\\d+):");

    private final Runnable checkpoint;

    private int countdown = CHECK_EVERY;

    InterruptHook(Runnable checkpoint) {
        this.checkpoint = checkpoint;
    }

    @Override
    public void onInstruction(int pc, Varargs v, int top) {
        super.onInstruction(pc, v, top);
        if (--this.countdown <= 0) {
            this.countdown = CHECK_EVERY;
            this.checkpoint.run();
        }
    }

    /**
     * Return the line of the innermost script frame, or 1 if none.
     * @return the line
     */
    int currentLine() {
        Matcher matcher = LINE.matcher(traceback(1));
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : 1;
    }

}
