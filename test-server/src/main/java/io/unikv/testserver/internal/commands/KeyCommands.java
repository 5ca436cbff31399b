package io.unikv.testserver.internal.commands;

import io.unikv.testserver.internal.engine.CommandTable;

/**
 * Commands for keys.
 *
 * @author unikv authors
 */
final class KeyCommands {

    private KeyCommands() {
    }

    static void register(CommandTable table) {
    }

}
