package io.unikv.internal.commands;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import io.unikv.codec.KvCodec;

/**
 * Collects the arguments of one command: plain arguments, option arguments and values
 * encoded through a codec. Not thread-safe; build one per call.
 *
 * @author unikv authors
 */
final class ArgList {

    private final List<Object> args = new ArrayList<>();

    private ArgList() {
    }

    static ArgList of(Object... first) {
        return new ArgList().add(first);
    }

    ArgList add(Object... more) {
        for (Object arg : more) {
            this.args.add(arg);
        }
        return this;
    }

    ArgList addAll(Collection<?> more) {
        this.args.addAll(more);
        return this;
    }

    /**
     * Add a count followed by that many keys ({@code numkeys key [key ...]}).
     * @param keys the keys
     * @return this list
     */
    ArgList keys(String... keys) {
        this.args.add(keys.length);
        return add((Object[]) keys);
    }

    ArgList values(KvCodec codec, Object... values) {
        for (Object value : values) {
            this.args.add(codec.encode(value));
        }
        return this;
    }

    Object[] toArray() {
        return this.args.toArray();
    }

}
