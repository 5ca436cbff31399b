package io.unikv.internal;

import java.util.ArrayList;
import java.util.List;

import io.unikv.codec.KvCodec;
import io.unikv.internal.commands.ServerCommandsImpl;

/**
 * Creates the async implementation of every command family over an executor. One line per
 * family, in one place.
 *
 * @author unikv authors
 */
final class Families {

    private Families() {
    }

    static List<Object> create(CommandExecutor executor, KvCodec codec) {
        List<Object> families = new ArrayList<>();
        families.add(new ServerCommandsImpl(executor));
        families.add(new io.unikv.internal.commands.StringCommandsImpl(executor, codec));
        families.add(new io.unikv.internal.commands.KeyCommandsImpl(executor, codec));
        families.add(new io.unikv.internal.commands.HashCommandsImpl(executor, codec));
        families.add(new io.unikv.internal.commands.ListCommandsImpl(executor, codec));
        families.add(new io.unikv.internal.commands.SetCommandsImpl(executor, codec));
        families.add(new io.unikv.internal.commands.SortedSetCommandsImpl(executor, codec));
        families.add(new io.unikv.internal.commands.ScriptingCommandsImpl(executor, codec));
        families.add(new io.unikv.internal.commands.BitmapCommandsImpl(executor, codec));
        families.add(new io.unikv.internal.commands.HyperLogLogCommandsImpl(executor, codec));
        families.add(new io.unikv.internal.commands.GeoCommandsImpl(executor, codec));
        families.add(new io.unikv.internal.commands.JsonCommandsImpl(executor, codec));
        families.add(new io.unikv.internal.commands.StreamCommandsImpl(executor, codec));
        return families;
    }

}
