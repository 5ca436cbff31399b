package io.unikv.spring.observation;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names and tags the observation of a unikv request. Implement it (or extend
 * {@link DefaultUnikvObservationConvention}) and declare it as a bean to change what is
 * recorded.
 *
 * @author unikv authors
 */
public interface UnikvObservationConvention extends ObservationConvention<UnikvObservationContext> {

    @Override
    default boolean supportsContext(Observation.Context context) {
        return context instanceof UnikvObservationContext;
    }

}
