package io.unikv.internal.commands;

import io.lettuce.core.protocol.ProtocolVersion;
import io.unikv.transport.Transport;

/**
 * {@link ScriptingCommandsImplIntegrationTests} against the unikv test server over RESP2
 * with the Lettuce transport.
 *
 * @author unikv authors
 */
class ScriptingCommandsImplResp2IntegrationTests extends ScriptingCommandsImplIntegrationTests {

    @Override
    Transport transport() {
        return lettuce(testServerUri(), protocol());
    }

    @Override
    ProtocolVersion protocol() {
        return ProtocolVersion.RESP2;
    }

}
