package io.unikv.commands;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link Script}. The digests are those {@code SCRIPT LOAD} returns; see
 * {@code ScriptIntegrationTests} for the check against a real Redis.
 *
 * @author unikv authors
 */
class ScriptTests {

    @Test
    void sha1IsOverTheWholeText() {
        assertThat(Script.of("return 1").sha1()).isEqualTo("e0e1f9fabfc9d4800c877a703b823ac0578ff8db");
        Script withShebang = Script.of("#!lua flags=no-writes\nreturn redis.call(\"GET\", KEYS[1])");
        assertThat(withShebang.sha1()).isEqualTo("0168dce92b1c4c2c70b2cb601512b769960575ad");
    }

    @Test
    void shebangFlagsAreParsed() {
        Script script = Script.of("#!lua flags=no-writes,allow-stale\nreturn 1");
        assertThat(script.flags()).containsExactly("no-writes", "allow-stale");
        assertThat(script.isReadOnly()).isTrue();
        Script upstash = Script.of("#!lua flags=allow-key-locking\nreturn 1");
        assertThat(upstash.isReadOnly()).isFalse();
        assertThat(Script.of("#!lua\nreturn 1").flags()).isEmpty();
        assertThat(Script.of("return 1").flags()).isEmpty();
    }

    @Test
    void badScriptsAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> Script.of("  "));
        assertThatIllegalArgumentException().isThrownBy(() -> Script.of("#!python\nreturn 1"))
            .withMessageContaining("python");
        assertThatIllegalArgumentException().isThrownBy(() -> Script.of("#!lua name=x\nreturn 1"))
            .withMessageContaining("name=x");
    }

}
