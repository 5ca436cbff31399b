package io.unikv.spring.actuate;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Health checks of unikv regions ({@code unikv.health.*}).
 *
 * @author unikv authors
 */
@ConfigurationProperties("unikv.health")
public class UnikvHealthProperties {

    /**
     * Health status of a read region that does not answer. DEGRADED (the default) is not
     * in Spring Boot's default status order, so the application stays UP while reads fail
     * over; DOWN makes it DOWN.
     */
    private String readRegionDownStatus = "DEGRADED";

    /**
     * Longest a health check waits for a region's PONG.
     */
    private Duration timeout = Duration.ofSeconds(2);

    public String getReadRegionDownStatus() {
        return this.readRegionDownStatus;
    }

    public void setReadRegionDownStatus(String readRegionDownStatus) {
        this.readRegionDownStatus = readRegionDownStatus;
    }

    public Duration getTimeout() {
        return this.timeout;
    }

    public void setTimeout(Duration timeout) {
        this.timeout = timeout;
    }

}
