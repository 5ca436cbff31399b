package io.unikv.internal;

import java.util.Map;

import io.unikv.Consistency;
import io.unikv.KeyValueStore;
import io.unikv.ListOptions;
import io.unikv.PutOptions;
import io.unikv.RedisStore;
import io.unikv.codec.KvCodec;
import io.unikv.testserver.UnikvTestServer;
import io.unikv.transport.rest.RestTransport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A store built with {@code buildKeyValueStore()} offers the KV profile and nothing else.
 *
 * @author unikv authors
 */
class KeyValueOnlyStoreIntegrationTests {

    @Test
    void offersTheKvProfileOnly() {
        try (UnikvTestServer server = UnikvTestServer.builder().token("t").start();
                KeyValueStore kv = RedisStore.builder()
                    .transport(RestTransport.builder().url(server.restUrl()).token("t").build())
                    .codec(KvCodec.string())
                    .buildKeyValueStore()) {
            assertThat(kv).isNotInstanceOf(RedisStore.class);
            kv.put("user:1", "Ada", PutOptions.metadata(Map.of("plan", "pro")));
            assertThat(kv.get("user:1")).isEqualTo("Ada");
            assertThat(kv.getWithMetadata("user:1", String.class, Map.class).metadata()).containsEntry("plan", "pro");
            assertThat(kv.list(ListOptions.prefix("user:")).keys()).hasSize(1);
            KeyValueStore eventual = kv.withConsistency(Consistency.EVENTUAL);
            assertThat(eventual).isNotInstanceOf(RedisStore.class);
            assertThat(eventual.consistency()).isEqualTo(Consistency.EVENTUAL);
            assertThat(eventual.get("user:1")).isEqualTo("Ada");
            kv.delete("user:1");
            assertThat(kv.get("user:1")).isNull();
        }
    }

}
