package io.unikv.internal.commands;

import io.lettuce.core.protocol.ProtocolVersion;
import io.unikv.transport.Transport;

/**
 * {@link ScriptingCommandsImplIntegrationTests} against the unikv test server over REST.
 *
 * @author unikv authors
 */
class ScriptingCommandsImplRestIntegrationTests extends ScriptingCommandsImplIntegrationTests {

    @Override
    Transport transport() {
        return rest();
    }

    @Override
    ProtocolVersion protocol() {
        return ProtocolVersion.RESP2;
    }

}
