package io.unikv.internal;

import java.util.concurrent.CompletableFuture;

import io.unikv.KvServerException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link SyncInvocationHandler} and {@link Futures}.
 *
 * @author unikv authors
 */
class SyncInvocationHandlerTests {

    interface Blocking {

        String get(String key);

        long incr(String key);

        String name();

        default String twice(String key) {
            return get(key) + get(key);
        }

    }

    public static class AsyncFamily {

        public CompletableFuture<String> get(String key) {
            return CompletableFuture.completedFuture("v:" + key);
        }

        public CompletableFuture<Long> incr(String key) {
            return CompletableFuture.failedFuture(new KvServerException("ERR value is not an integer or out of range"));
        }

    }

    public static class Direct {

        public String name() {
            return "direct";
        }

    }

    private final Blocking proxy = SyncInvocationHandler.create(Blocking.class, new AsyncFamily(), new Direct());

    @Test
    void awaitsAsyncImplementations() {
        assertThat(this.proxy.get("k")).isEqualTo("v:k");
    }

    @Test
    void callsDirectImplementationsAndDefaults() {
        assertThat(this.proxy.name()).isEqualTo("direct");
        assertThat(this.proxy.twice("a")).isEqualTo("v:av:a");
    }

    @Test
    void rethrowsTheFailureUnwrapped() {
        assertThatExceptionOfType(KvServerException.class).isThrownBy(() -> this.proxy.incr("k"))
            .withMessage("ERR value is not an integer or out of range");
    }

    @Test
    void objectMethodsDoNotReachTargets() {
        assertThat(this.proxy).isEqualTo(this.proxy);
        assertThat(this.proxy.toString()).contains("Blocking");
    }

    @Test
    void missingImplementationsAreReported() {
        interface Other {

            void missing();

        }
        Other other = SyncInvocationHandler.create(Other.class, new Direct());
        assertThatExceptionOfType(IllegalStateException.class).isThrownBy(other::missing)
            .withMessageContaining("No implementation of");
    }

}
