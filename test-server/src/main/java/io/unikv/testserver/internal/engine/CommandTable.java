package io.unikv.testserver.internal.engine;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The registered commands, looked up case-insensitively. Filled once at start-up by each
 * command family's {@code register} method; read-only afterwards.
 *
 * @author unikv authors
 */
public final class CommandTable {

    private final Map<String, CommandSpec> commands = new LinkedHashMap<>();

    /**
     * Register commands.
     * @param specs the commands
     * @throws IllegalStateException if a name is registered twice
     */
    public void register(CommandSpec... specs) {
        for (CommandSpec spec : specs) {
            if (this.commands.putIfAbsent(spec.name(), spec) != null) {
                throw new IllegalStateException("Command registered twice: " + spec.name());
            }
        }
    }

    /**
     * Find a command by name, ignoring ASCII case.
     * @param name the name as sent
     * @return the command, or {@code null}
     */
    public @Nullable CommandSpec lookup(byte[] name) {
        if (name.length > 32) {
            return null;
        }
        char[] lower = new char[name.length];
        for (int i = 0; i < name.length; i++) {
            byte b = name[i];
            lower[i] = (char) ((b >= 'A' && b <= 'Z') ? b + 32 : b & 0xff);
        }
        return this.commands.get(new String(lower));
    }

    /**
     * Find a command by lower-case name.
     * @param name the name
     * @return the command, or {@code null}
     */
    public @Nullable CommandSpec lookup(String name) {
        return this.commands.get(name);
    }

    /**
     * Return every command in registration order.
     * @return the commands
     */
    public Collection<CommandSpec> all() {
        return Collections.unmodifiableCollection(this.commands.values());
    }

}
