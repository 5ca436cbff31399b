package io.unikv.internal.commands;

import io.lettuce.core.protocol.ProtocolVersion;
import io.unikv.transport.Transport;

/**
 * {@link PubSubIntegrationTests} against the unikv test server over RESP2 with the
 * Lettuce transport.
 *
 * @author unikv authors
 */
class PubSubResp2IntegrationTests extends PubSubIntegrationTests {

    @Override
    Transport transport() {
        return lettuce(testServerUri(), protocol());
    }

    @Override
    ProtocolVersion protocol() {
        return ProtocolVersion.RESP2;
    }

}
