package io.unikv.spring.observation;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Observation of unikv requests ({@code unikv.observation.*}). Percentiles, histograms
 * and SLO buckets of the {@code db.client.operation.duration} timer come from Spring
 * Boot's {@code management.metrics.distribution.*.db.client.operation.duration}
 * properties.
 *
 * @author unikv authors
 */
@ConfigurationProperties("unikv.observation")
public class UnikvObservationProperties {

    /**
     * Whether to observe every request (metric db.client.operation.duration and client
     * spans) when an ObservationRegistry is available.
     */
    private boolean enabled = true;

    /**
     * Whether spans record the commands with their arguments (db.query.text). Arguments
     * hold keys and values, so this is off by default.
     */
    private boolean recordArguments;

    public boolean isEnabled() {
        return this.enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean isRecordArguments() {
        return this.recordArguments;
    }

    public void setRecordArguments(boolean recordArguments) {
        this.recordArguments = recordArguments;
    }

}
