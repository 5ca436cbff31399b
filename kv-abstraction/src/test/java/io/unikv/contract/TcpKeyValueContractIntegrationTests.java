package io.unikv.contract;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.unikv.testserver.UnikvTestServer;
import io.unikv.transport.Transport;
import io.unikv.transport.lettuce.LettuceTransport;
import org.junit.jupiter.api.AfterAll;

/**
 * The KV contract over RESP through Lettuce, against the unikv test server.
 *
 * @author unikv authors
 */
class TcpKeyValueContractIntegrationTests extends KeyValueContractTests {

    private UnikvTestServer server;

    private RedisClient client;

    @Override
    protected Transport createTransport() {
        this.server = UnikvTestServer.builder().withoutHttp().start();
        this.client = RedisClient.create();
        return LettuceTransport.of(this.client, RedisURI.create(this.server.redisUri()));
    }

    @AfterAll
    void stopServer() {
        if (this.client != null) {
            this.client.shutdown();
        }
        if (this.server != null) {
            this.server.close();
        }
    }

}
