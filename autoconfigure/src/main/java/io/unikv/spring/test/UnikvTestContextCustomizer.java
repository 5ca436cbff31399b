package io.unikv.spring.test;

import java.util.Objects;

import io.unikv.spring.autoconfigure.UnikvConnectionDetails;
import io.unikv.testserver.UnikvTestExtension;

import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Registers the connection details of a test class's server. Equal only for the same test
 * class, since each class has its own server: a cached context never outlives the server
 * it points at.
 *
 * @author unikv authors
 */
final class UnikvTestContextCustomizer implements ContextCustomizer {

    private final Class<?> testClass;

    private final String token;

    UnikvTestContextCustomizer(Class<?> testClass, String token) {
        this.testClass = testClass;
        this.token = token;
    }

    @Override
    public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
        if (!(context.getBeanFactory() instanceof BeanDefinitionRegistry registry)) {
            return;
        }
        RootBeanDefinition definition = new RootBeanDefinition(UnikvConnectionDetails.class, this::connectionDetails);
        registry.registerBeanDefinition("unikvTestServerConnectionDetails", definition);
    }

    private UnikvConnectionDetails connectionDetails() {
        return UnikvTestServerConnectionDetails.of(UnikvTestExtension.serverFor(this.testClass)
            .orElseThrow(() -> new IllegalStateException("No unikv test server runs for " + this.testClass.getName()
                    + ": @UnikvTest's extension starts it before the class's tests; is the class run by JUnit Jupiter?")),
                this.token.isEmpty() ? null : this.token);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UnikvTestContextCustomizer customizer && customizer.testClass == this.testClass
                && customizer.token.equals(this.token);
    }

    @Override
    public int hashCode() {
        return Objects.hash(this.testClass, this.token);
    }

}
