package io.unikv.testserver.internal.rest;

import java.nio.charset.StandardCharsets;

import io.unikv.testserver.internal.engine.CommandSpec;
import io.unikv.testserver.internal.engine.CommandSpec.Flag;
import io.unikv.testserver.internal.engine.CommandTable;
import io.unikv.testserver.internal.engine.Reply;
import io.unikv.testserver.internal.engine.User;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link RestCommandPolicy}.
 *
 * @author unikv authors
 */
class RestCommandPolicyTests {

    private final CommandTable table = table();

    @Test
    void blockingCommandsAreNotAvailable() {
        assertThat(refusal(User.DEFAULT, "BLPOP", "list", "0")).isEqualTo("ERR Command is not available: 'blpop'");
        assertThat(refusal(User.DEFAULT, "xread", "BLOCK", "0", "STREAMS", "s", "$"))
            .isEqualTo("ERR Command is not available: 'xread'");
        assertThat(refusal(User.DEFAULT, "xread", "COUNT", "1", "STREAMS", "block", "0")).isNull();
        assertThat(refusal(User.DEFAULT, "wait", "0", "0")).isNull();
    }

    @Test
    void connectionAndTransactionCommandsAreNotAvailable() {
        for (String command : new String[] { "select", "multi", "exec", "watch", "subscribe", "auth", "quit" }) {
            assertThat(refusal(User.DEFAULT, command, "x"))
                .isEqualTo("ERR Command is not available: '" + command + "'");
        }
        assertThat(refusal(User.DEFAULT, "ping")).isNull();
    }

    @Test
    void readOnlyUserMayNotWriteOrEnumerateKeys() {
        assertThat(refusal(User.READ_ONLY, "SET", "k", "v"))
            .isEqualTo("NOPERM this user has no permissions to run the 'set' command or its subcommand");
        assertThat(refusal(User.READ_ONLY, "KEYS", "*"))
            .isEqualTo("NOPERM this user has no permissions to run the 'keys' command or its subcommand");
        assertThat(refusal(User.READ_ONLY, "scan", "0"))
            .isEqualTo("NOPERM this user has no permissions to run the 'scan' command or its subcommand");
        assertThat(refusal(User.READ_ONLY, "get", "k")).isNull();
        assertThat(refusal(User.DEFAULT, "set", "k", "v")).isNull();
    }

    @Test
    void unknownCommandsAndWrongArityAreLeftToTheEngine() {
        assertThat(refusal(User.READ_ONLY, "nope", "k")).isNull();
        assertThat(refusal(User.READ_ONLY, "set", "k")).isNull();
        assertThat(refusal(User.DEFAULT, "blpop", "k")).isNull();
    }

    private String refusal(User user, String... args) {
        byte[][] command = new byte[args.length][];
        for (int i = 0; i < args.length; i++) {
            command[i] = args[i].getBytes(StandardCharsets.UTF_8);
        }
        return RestCommandPolicy.refusal(this.table, user, command);
    }

    private static CommandTable table() {
        CommandTable table = new CommandTable();
        table.register(CommandSpec.keys("blpop", -3, 1, -2, 1, (ctx) -> Reply.NULL, Flag.WRITE, Flag.BLOCKING),
                CommandSpec.of("xread", -4, (ctx) -> Reply.NULL, Flag.READONLY, Flag.BLOCKING),
                CommandSpec.of("wait", 3, (ctx) -> Reply.ZERO, Flag.BLOCKING),
                CommandSpec.keys("set", -3, 1, 1, 1, (ctx) -> Reply.OK, Flag.WRITE),
                CommandSpec.keys("get", 2, 1, 1, 1, (ctx) -> Reply.NULL, Flag.READONLY),
                CommandSpec.of("ping", -1, (ctx) -> Reply.OK));
        for (String name : new String[] { "select", "multi", "exec", "watch", "subscribe", "auth", "quit" }) {
            table.register(CommandSpec.of(name, -1, (ctx) -> Reply.OK));
        }
        return table;
    }

}
