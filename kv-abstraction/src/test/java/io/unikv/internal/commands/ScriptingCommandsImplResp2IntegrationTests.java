package io.unikv.internal.commands;

import io.lettuce.core.protocol.ProtocolVersion;

/**
 * {@link ScriptingCommandsImplIntegrationTests} over RESP2.
 *
 * @author unikv authors
 */
class ScriptingCommandsImplResp2IntegrationTests extends ScriptingCommandsImplIntegrationTests {

    @Override
    ProtocolVersion protocol() {
        return ProtocolVersion.RESP2;
    }

}
