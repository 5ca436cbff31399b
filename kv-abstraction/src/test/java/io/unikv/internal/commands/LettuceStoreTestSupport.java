package io.unikv.internal.commands;

import java.util.ArrayList;
import java.util.List;

import io.lettuce.core.protocol.ProtocolVersion;
import io.unikv.RedisStore;
import io.unikv.codec.KvCodec;
import io.unikv.testserver.UnikvTestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the family integration tests: a {@link RedisStore} with the text codec over a
 * {@link LettuceTestTransport} to the unikv test server, in the protocol the concrete
 * class is parameterized with, plus {@link #store(KvCodec)} for more stores.
 *
 * @author unikv authors
 */
abstract class LettuceStoreTestSupport {

    private static UnikvTestServer server;

    private final List<LettuceTestTransport> transports = new ArrayList<>();

    final ProtocolVersion protocol;

    RedisStore store;

    LettuceStoreTestSupport(ProtocolVersion protocol) {
        this.protocol = protocol;
    }

    @BeforeAll
    static void startServer() {
        server = UnikvTestServer.builder().withoutHttp().start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @BeforeEach
    void openStore() {
        this.store = store(KvCodec.string());
        this.store.flushDb();
    }

    @AfterEach
    void closeTransports() {
        this.transports.forEach(LettuceTestTransport::close);
    }

    /**
     * Another store on its own connection (for JSON values, or to unblock a blocked one).
     * @param codec the codec
     * @return the store, closed after the test
     */
    RedisStore store(KvCodec codec) {
        LettuceTestTransport transport = new LettuceTestTransport(server.redisUri(), this.protocol);
        this.transports.add(transport);
        return RedisStore.builder().transport(transport).codec(codec).build();
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
