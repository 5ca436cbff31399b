package io.unikv.testserver.internal.commands;

import io.unikv.testserver.internal.engine.CommandTable;

/**
 * Commands for hashes.
 *
 * @author unikv authors
 */
final class HashCommands {

    private HashCommands() {
    }

    static void register(CommandTable table) {
    }

}
