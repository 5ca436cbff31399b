package io.unikv.spring.test;

import io.unikv.Consistency;
import io.unikv.RedisStore;
import io.unikv.testserver.UnikvTest;
import io.unikv.testserver.UnikvTestServer;
import io.unikv.transport.Transport;
import io.unikv.transport.region.RegionalTransport;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A {@code @SpringBootTest} application annotated with {@link UnikvTest} talks to the
 * test class's server, with no properties and no embedded server.
 *
 * @author unikv authors
 */
@SpringBootTest
@UnikvTest(token = "spring", regions = { "us-east-1", "eu-west-1:5s" })
class UnikvTestSpringBootIntegrationTests {

    @Autowired
    private RedisStore store;

    @Autowired
    private ApplicationContext context;

    @Test
    void theApplicationUsesTheTestsServer(UnikvTestServer server) {
        assertThat(this.context.getBeanNamesForType(UnikvTestServer.class)).isEmpty();
        assertThat(this.context.getBean(Transport.class)).isInstanceOf(RegionalTransport.class);
        this.store.set("k", "from the app");
        assertThat(server.<String>direct((data) -> data.get("k"))).isEqualTo("from the app");
        // the read region lags 5 s: only read-your-writes sees the write
        assertThat(this.store.withConsistency(Consistency.EVENTUAL).get("k")).isNull();
        assertThat(this.store.get("k")).isEqualTo("from the app");
    }

    @Nested
    class NestedTests {

        @Test
        void nestedClassesShareTheServer(UnikvTestServer server) {
            UnikvTestSpringBootIntegrationTests.this.store.set("n", "1");
            assertThat(server.<String>direct((data) -> data.get("n"))).isEqualTo("1");
        }

    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {

    }

}
