package io.unikv.testserver.internal.commands;

import io.unikv.testserver.internal.engine.CommandTable;

/**
 * Commands for transactions.
 *
 * @author unikv authors
 */
final class TransactionCommands {

    private TransactionCommands() {
    }

    static void register(CommandTable table) {
    }

}
