package io.unikv.contract;

import io.unikv.testserver.UnikvTestServer;
import io.unikv.transport.Transport;
import io.unikv.transport.rest.RestTransport;
import org.junit.jupiter.api.AfterAll;

/**
 * The KV contract over the Upstash REST protocol, against the unikv test server.
 *
 * @author unikv authors
 */
class RestKeyValueContractIntegrationTests extends KeyValueContractTests {

    private UnikvTestServer server;

    @Override
    protected Transport createTransport() {
        this.server = UnikvTestServer.builder().token("contract").start();
        return RestTransport.builder().url(this.server.restUrl()).token("contract").build();
    }

    @AfterAll
    void stopServer() {
        if (this.server != null) {
            this.server.close();
        }
    }

}
