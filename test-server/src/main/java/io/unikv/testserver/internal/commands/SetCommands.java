package io.unikv.testserver.internal.commands;

import io.unikv.testserver.internal.engine.CommandTable;

/**
 * Commands for sets.
 *
 * @author unikv authors
 */
final class SetCommands {

    private SetCommands() {
    }

    static void register(CommandTable table) {
    }

}
