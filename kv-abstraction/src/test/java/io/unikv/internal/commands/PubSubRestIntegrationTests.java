package io.unikv.internal.commands;

import io.lettuce.core.protocol.ProtocolVersion;
import io.unikv.transport.Transport;

/**
 * {@link PubSubIntegrationTests} against the unikv test server over REST (an Upstash
 * event stream per subscription).
 *
 * @author unikv authors
 */
class PubSubRestIntegrationTests extends PubSubIntegrationTests {

    @Override
    Transport transport() {
        return rest();
    }

    @Override
    ProtocolVersion protocol() {
        return ProtocolVersion.RESP2;
    }

}
