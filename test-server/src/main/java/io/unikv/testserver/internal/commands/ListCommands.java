package io.unikv.testserver.internal.commands;

import io.unikv.testserver.internal.engine.CommandTable;

/**
 * Commands for lists.
 *
 * @author unikv authors
 */
final class ListCommands {

    private ListCommands() {
    }

    static void register(CommandTable table) {
    }

}
