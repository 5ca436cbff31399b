package io.unikv.spring.autoconfigure;

import java.util.List;

/**
 * The regions behind the auto-configured {@link io.unikv.transport.Transport}, the
 * primary first. A bean, for health contributors, metrics and the Actuator endpoint.
 *
 * @param regions the regions
 * @author unikv authors
 */
public record UnikvRegions(List<UnikvRegion> regions) {

    /**
     * Copy the list.
     * @param regions the regions
     */
    public UnikvRegions {
        regions = List.copyOf(regions);
    }

    /**
     * Return the primary region.
     * @return the primary
     */
    public UnikvRegion primary() {
        return this.regions.get(0);
    }

}
