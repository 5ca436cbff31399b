package io.unikv.spring.test;

import java.util.List;

import io.unikv.testserver.UnikvTest;
import org.jspecify.annotations.Nullable;

import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;
import org.springframework.util.ClassUtils;

/**
 * Connects the application context of a test class annotated with {@link UnikvTest} to
 * that class's test server: a
 * {@link io.unikv.spring.autoconfigure.UnikvConnectionDetails} bean points the
 * auto-configured store at it (every region), so no properties are needed and no embedded
 * server starts. Registered in {@code META-INF/spring.factories}.
 *
 * @author unikv authors
 */
public final class UnikvTestContextCustomizerFactory implements ContextCustomizerFactory {

    private static final boolean TEST_SERVER_PRESENT = ClassUtils.isPresent("io.unikv.testserver.UnikvTest",
            UnikvTestContextCustomizerFactory.class.getClassLoader());

    @Override
    public @Nullable ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        if (!TEST_SERVER_PRESENT) {
            return null;
        }
        UnikvTest annotation = TestContextAnnotationUtils.findMergedAnnotation(testClass, UnikvTest.class);
        return (annotation != null) ? new UnikvTestContextCustomizer(testClass, annotation.token()) : null;
    }

}
