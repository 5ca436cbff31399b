package io.unikv.internal.commands;

import java.util.ArrayList;
import java.util.List;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisCredentials;
import io.lettuce.core.RedisCredentialsProvider;
import io.lettuce.core.RedisURI;
import io.lettuce.core.cluster.ClusterClientOptions;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.protocol.ProtocolVersion;
import io.unikv.RedisStore;
import io.unikv.codec.KvCodec;
import io.unikv.testserver.UnikvTestServer;
import io.unikv.transport.Transport;
import io.unikv.transport.lettuce.LettuceTransport;
import io.unikv.transport.rest.RestTransport;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * Base of the family contract tests: each family test is abstract and runs once per
 * backend through one small subclass that implements {@link #transport()} and
 * {@link #protocol()} with the factories here (the unikv test server over REST or RESP3,
 * a real {@code redis-server}, a real cluster), always through production transports.
 * Every test starts with a {@link RedisStore} with the text codec on an empty keyspace.
 *
 * @author unikv authors
 */
abstract class BackendTestSupport {

    static final String TOKEN = "t";

    private static final List<Runnable> classCleanups = new ArrayList<>();

    private static @Nullable UnikvTestServer server;

    private final List<Transport> transports = new ArrayList<>();

    RedisStore store;

    /**
     * A new transport to the backend under test; closed after the test.
     * @return the transport
     */
    abstract Transport transport();

    /**
     * The protocol whose reply shapes the backend answers in ({@code RESP2} for REST).
     * @return the protocol
     */
    abstract ProtocolVersion protocol();

    @BeforeEach
    void openStore() {
        this.store = store(KvCodec.string());
        this.store.flushDb();
    }

    @AfterEach
    void closeTransports() {
        this.transports.forEach(Transport::close);
        this.transports.clear();
    }

    @AfterAll
    static void releaseBackend() {
        for (int i = classCleanups.size() - 1; i >= 0; i--) {
            classCleanups.get(i).run();
        }
        classCleanups.clear();
    }

    /**
     * Another store on its own transport (for JSON values, or to unblock a blocked one).
     * @param codec the codec
     * @return the store, whose transport is closed after the test
     */
    RedisStore store(KvCodec codec) {
        return RedisStore.builder().transport(openTransport()).codec(codec).build();
    }

    /**
     * Another transport to the backend, closed after the test.
     * @return the transport
     */
    Transport openTransport() {
        Transport transport = transport();
        this.transports.add(transport);
        return transport;
    }

    /**
     * Skips the test on REST, which runs no blocking commands (like Upstash, it answers
     * {@code ERR Command is not available}).
     */
    void assumeBlockingCommands() {
        assumeFalse(this.transports.get(0) instanceof RestTransport, "REST runs no blocking commands");
    }

    /**
     * The unikv test server (RESP and REST with token {@value #TOKEN}), started once per
     * test class.
     * @return the server
     */
    static UnikvTestServer testServer() {
        UnikvTestServer started = server;
        if (started == null) {
            UnikvTestServer created = UnikvTestServer.builder().token(TOKEN).start();
            server = created;
            classCleanups.add(() -> {
                created.close();
                server = null;
            });
            return created;
        }
        return started;
    }

    /**
     * The RESP address of the test server, with its token as password.
     * @return the address
     */
    static RedisURI testServerUri() {
        RedisURI uri = RedisURI.create(testServer().redisUri());
        uri.setCredentialsProvider(RedisCredentialsProvider.from(() -> RedisCredentials.just(null, TOKEN)));
        return uri;
    }

    /**
     * A {@link RestTransport} to the test server.
     * @return the transport
     */
    static Transport rest() {
        return RestTransport.builder().url(testServer().restUrl()).token(TOKEN).build();
    }

    /**
     * A {@link LettuceTransport} to one node, on a client of its own.
     * @param uri the node
     * @param protocol the protocol to speak
     * @return the transport, which shuts its client down on close
     */
    static Transport lettuce(RedisURI uri, ProtocolVersion protocol) {
        RedisClient client = RedisClient.create();
        client.setOptions(ClientOptions.builder().protocolVersion(protocol).build());
        return new ClientClosing(LettuceTransport.of(client, uri), client::shutdown);
    }

    /**
     * A cluster {@link LettuceTransport}, on a client of its own.
     * @param seeds the seed nodes
     * @param protocol the protocol to speak
     * @return the transport, which shuts its client down on close
     */
    static Transport lettuceCluster(Iterable<RedisURI> seeds, ProtocolVersion protocol) {
        RedisClusterClient client = RedisClusterClient.create(seeds);
        client.setOptions(ClusterClientOptions.builder().protocolVersion(protocol).build());
        return new ClientClosing(LettuceTransport.cluster(client), client::shutdown);
    }

    /**
     * A JSON value for typed reads.
     *
     * @param name a name
     * @param age an age
     */
    record Person(String name, int age) {
    }

}
