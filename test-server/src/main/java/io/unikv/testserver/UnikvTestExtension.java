package io.unikv.testserver;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit Jupiter extension behind {@link UnikvTest}: starts one server per annotated
 * class before its {@code @BeforeAll} methods (so they and constructors can receive it,
 * and {@link #serverFor(Class)} finds it), resolves {@link UnikvTestServer} and
 * {@link MutableClock} parameters, flushes the data and clears faults before each test,
 * and closes the server when the class's extension context closes. Registered without
 * {@link UnikvTest}, it uses that annotation's defaults. Thread-safe, but tests running
 * concurrently in one class share and flush one server.
 *
 * @author unikv authors
 */
public final class UnikvTestExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
        .create(UnikvTestExtension.class);

    private static final Map<Class<?>, UnikvTestServer> byTestClass = new ConcurrentHashMap<>();

    /**
     * Return the server running for a test class (or, for a {@code @Nested} class, the
     * class whose server it shares), for integrations that configure the code under test
     * from it, such as unikv's Spring test support pointing an application context at it.
     * The server of a class carrying {@link UnikvTest} runs from before its
     * {@code @BeforeAll} methods until the class finishes.
     * @param testClass the test class
     * @return the server, empty when none runs for the class
     */
    public static Optional<UnikvTestServer> serverFor(Class<?> testClass) {
        for (Class<?> candidate = testClass; candidate != null; candidate = candidate.getEnclosingClass()) {
            UnikvTestServer server = byTestClass.get(candidate);
            if (server != null) {
                return Optional.of(server);
            }
        }
        return Optional.empty();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        running(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        running(context).server().reset();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Class<?> type = parameterContext.getParameter().getType();
        return type == UnikvTestServer.class || type == MutableClock.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Running running = running(extensionContext);
        if (parameterContext.getParameter().getType() == UnikvTestServer.class) {
            return running.server();
        }
        if (running.clock() == null) {
            throw new ParameterResolutionException("A MutableClock parameter needs @UnikvTest(manualClock = true) on "
                    + parameterContext.getDeclaringExecutable());
        }
        return running.clock();
    }

    private static Running running(ExtensionContext context) {
        ExtensionContext owner = owner(context);
        UnikvTest settings = owner.getTestClass()
            .flatMap((testClass) -> AnnotationSupport.findAnnotation(testClass, UnikvTest.class))
            .orElse(Defaults.class.getAnnotation(UnikvTest.class));
        // Stores see their ancestors' entries, so key by owner: a nested @UnikvTest gets
        // its own server.
        Class<?> testClass = owner.getTestClass().orElse(null);
        return owner.getStore(NAMESPACE)
            .computeIfAbsent(owner.getUniqueId(), (key) -> start(settings, testClass), Running.class);
    }

    /**
     * The innermost class-level context whose class carries {@link UnikvTest}, else the
     * innermost class-level context: its store holds the server for the class's lifetime.
     */
    private static ExtensionContext owner(ExtensionContext context) {
        @Nullable ExtensionContext fallback = null;
        Optional<ExtensionContext> candidate = Optional.of(context);
        while (candidate.isPresent()) {
            ExtensionContext current = candidate.get();
            candidate = current.getParent();
            if (current.getTestClass().isEmpty() || current.getTestMethod().isPresent()) {
                continue;
            }
            if (AnnotationSupport.isAnnotated(current.getTestClass(), UnikvTest.class)) {
                return current;
            }
            fallback = (fallback != null) ? fallback : current;
        }
        return (fallback != null) ? fallback : context;
    }

    private static Running start(UnikvTest settings, @Nullable Class<?> testClass) {
        UnikvTestServer.Builder builder = UnikvTestServer.builder();
        if (!settings.token().isEmpty()) {
            builder.token(settings.token());
        }
        if (!settings.readOnlyToken().isEmpty()) {
            builder.readOnlyToken(settings.readOnlyToken());
        }
        builder.regions(settings.regions());
        @Nullable MutableClock clock = settings.manualClock() ? new MutableClock(Instant.now()) : null;
        if (clock != null) {
            builder.clock(clock);
        }
        UnikvTestServer server = builder.start();
        if (testClass != null) {
            byTestClass.put(testClass, server);
        }
        return new Running(server, clock, testClass);
    }

    /**
     * A started server and its manual clock; JUnit closes it with the owning context.
     */
    private record Running(UnikvTestServer server, @Nullable MutableClock clock,
            @Nullable Class<?> testClass) implements AutoCloseable {

        @Override
        public void close() {
            if (this.testClass != null) {
                byTestClass.remove(this.testClass, this.server);
            }
            this.server.close();
        }

    }

    /**
     * Carries the default settings for an extension registered without the annotation.
     */
    @UnikvTest
    private static final class Defaults {

    }

}
