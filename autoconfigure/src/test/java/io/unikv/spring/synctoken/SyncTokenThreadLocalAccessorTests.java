package io.unikv.spring.synctoken;

import io.micrometer.context.ContextRegistry;
import io.micrometer.context.ContextSnapshot;
import io.micrometer.context.ContextSnapshotFactory;
import io.unikv.SyncToken;
import io.unikv.SyncTokenContext;
import org.junit.jupiter.api.Test;
import reactor.util.context.Context;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SyncTokenThreadLocalAccessor}.
 *
 * @author unikv authors
 */
@SuppressWarnings("try") // scopes are opened for their effect
class SyncTokenThreadLocalAccessorTests {

    @Test
    void isRegisteredWithTheGlobalRegistry() {
        assertThat(ContextRegistry.getInstance().getThreadLocalAccessors())
            .anySatisfy((accessor) -> assertThat(accessor).isInstanceOf(SyncTokenThreadLocalAccessor.class));
    }

    @Test
    void setsAndRestoresTheThreadLocalFromAContext() {
        ContextSnapshotFactory factory = ContextSnapshotFactory.builder().build();
        try (SyncTokenContext.Scope outer = SyncTokenContext.open(SyncToken.of("1"))) {
            try (ContextSnapshot.Scope scope = factory
                .setThreadLocalsFrom(Context.of(SyncTokenThreadLocalAccessor.KEY, SyncToken.of("2")))) {
                assertThat(SyncTokenContext.current()).isEqualTo(SyncToken.of("2"));
            }
            assertThat(SyncTokenContext.current()).isEqualTo(SyncToken.of("1"));
        }
        assertThat(SyncTokenContext.current()).isNull();
    }

    @Test
    void capturesTheThreadLocal() {
        ContextSnapshotFactory factory = ContextSnapshotFactory.builder().build();
        ContextSnapshot snapshot;
        try (SyncTokenContext.Scope outer = SyncTokenContext.open(SyncToken.of("3"))) {
            snapshot = factory.captureAll();
        }
        assertThat(SyncTokenContext.current()).isNull();
        try (ContextSnapshot.Scope scope = snapshot.setThreadLocals()) {
            assertThat(SyncTokenContext.current()).isEqualTo(SyncToken.of("3"));
        }
        assertThat(SyncTokenContext.current()).isNull();
    }

}
