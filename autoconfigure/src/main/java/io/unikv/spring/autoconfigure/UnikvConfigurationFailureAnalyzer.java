package io.unikv.spring.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a {@link UnikvConfigurationException} at startup: which property, what is
 * wrong, what to do.
 *
 * @author unikv authors
 */
class UnikvConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<UnikvConfigurationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, UnikvConfigurationException cause) {
        String problem = cause.getMessage().substring("Invalid unikv configuration: ".length());
        return new FailureAnalysis("unikv could not start: the property '" + cause.getProperty() + "' is invalid: "
                + problem.substring(cause.getProperty().length() + 2) + ".", cause.getAction(), cause);
    }

}
