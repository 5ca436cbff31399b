package io.unikv.testserver.internal.commands;

import io.unikv.testserver.internal.engine.CommandTable;

/**
 * Builds the command table: every family registers its commands explicitly, here, in one
 * place.
 *
 * @author unikv authors
 */
public final class CommandRegistry {

    private CommandRegistry() {
    }

    /**
     * Create a table with every supported command.
     * @return the table
     */
    public static CommandTable createTable() {
        CommandTable table = new CommandTable();
        ConnectionCommands.register(table);
        ClientCommands.register(table);
        ServerCommands.register(table);
        CommandCommands.register(table);
        KeyCommands.register(table);
        StringCommands.register(table);
        HashCommands.register(table);
        ListCommands.register(table);
        SetCommands.register(table);
        SortedSetCommands.register(table);
        StreamCommands.register(table);
        TransactionCommands.register(table);
        BitmapCommands.register(table);
        HyperLogLogCommands.register(table);
        GeoCommands.register(table);
        JsonCommands.register(table);
        io.unikv.testserver.internal.scripting.ScriptingCommands.register(table);
        PubSubCommands.register(table);
        return table;
    }

}
