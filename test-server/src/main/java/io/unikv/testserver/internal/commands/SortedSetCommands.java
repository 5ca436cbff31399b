package io.unikv.testserver.internal.commands;

import io.unikv.testserver.internal.engine.CommandTable;

/**
 * Commands for sorted sets.
 *
 * @author unikv authors
 */
final class SortedSetCommands {

    private SortedSetCommands() {
    }

    static void register(CommandTable table) {
    }

}
