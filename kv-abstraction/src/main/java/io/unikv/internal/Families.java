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
        return families;
    }

}
