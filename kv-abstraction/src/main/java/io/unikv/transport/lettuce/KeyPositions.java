package io.unikv.transport.lettuce;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.unikv.transport.Command;

/**
 * Where a command's first key is, so that a cluster connection routes it to the node that
 * owns the key's slot. Commands without keys go to any node.
 *
 * @author unikv authors
 */
final class KeyPositions {

    private static final Set<String> KEYLESS = Set.of("PING", "ECHO", "DBSIZE", "FLUSHDB", "FLUSHALL", "INFO", "TIME",
            "SCRIPT", "FUNCTION", "KEYS", "SCAN", "RANDOMKEY", "CLIENT", "CONFIG", "COMMAND", "CLUSTER", "HELLO",
            "AUTH", "SELECT", "PUBLISH", "PUBSUB", "SAVE", "BGSAVE", "BGREWRITEAOF", "LASTSAVE", "DEBUG", "WAIT",
            "WAITAOF", "READONLY", "READWRITE", "QUIT", "RESET", "SWAPDB", "SLOWLOG", "LATENCY", "ACL", "MODULE",
            "ROLE", "LOLWUT", "SHUTDOWN", "FAILOVER", "REPLICAOF", "SLAVEOF", "MEMORY", "MULTI", "EXEC", "DISCARD",
            "UNWATCH");

    private static final Set<String> NUMKEYS_FIRST = Set.of("ZUNION", "ZINTER", "ZDIFF", "ZINTERCARD", "SINTERCARD",
            "LMPOP", "ZMPOP");

    private static final Set<String> SCRIPTS = Set.of("EVAL", "EVALSHA", "EVAL_RO", "EVALSHA_RO", "FCALL", "FCALL_RO");

    private static final Set<String> SUBCOMMAND_FIRST = Set.of("OBJECT", "XINFO", "XGROUP", "BITOP");

    private KeyPositions() {
    }

    /**
     * Return the index of the first key among the command's arguments.
     * @param command the command
     * @return the index, or {@code -1} if the command has no key
     */
    static int firstKey(Command command) {
        String name = command.name();
        List<byte[]> args = command.args();
        int index = firstKey(name, args);
        return (index >= 0 && index < args.size()) ? index : -1;
    }

    private static int firstKey(String name, List<byte[]> args) {
        if (args.isEmpty() || KEYLESS.contains(name)) {
            if ("MEMORY".equals(name) && args.size() > 1 && "USAGE".equals(text(args.get(0)))) {
                return 1;
            }
            return -1;
        }
        if (SCRIPTS.contains(name)) {
            return (args.size() > 2 && numberAt(args, 1) > 0) ? 2 : -1;
        }
        if (NUMKEYS_FIRST.contains(name)) {
            return 1;
        }
        if ("BLMPOP".equals(name) || "BZMPOP".equals(name)) {
            return 2;
        }
        if (SUBCOMMAND_FIRST.contains(name)) {
            return 1;
        }
        if ("XREAD".equals(name) || "XREADGROUP".equals(name)) {
            for (int i = 0; i < args.size(); i++) {
                if ("STREAMS".equals(text(args.get(i)))) {
                    return i + 1;
                }
            }
            return -1;
        }
        return 0;
    }

    private static long numberAt(List<byte[]> args, int index) {
        try {
            return Long.parseLong(text(args.get(index)));
        }
        catch (NumberFormatException ex) {
            return -1;
        }
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8).toUpperCase(Locale.ROOT);
    }

}
