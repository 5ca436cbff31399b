package io.unikv.spring.autoconfigure;

/**
 * Thrown at startup when {@code unikv.*} configuration cannot work; the failure analyzer
 * turns it into a message naming the property, the problem and the fix.
 *
 * @author unikv authors
 */
public class UnikvConfigurationException extends RuntimeException {

    private final String property;

    private final String action;

    /**
     * Create an exception.
     * @param property the property at fault, for example {@code unikv.rest.token}
     * @param problem what is wrong with it
     * @param action how to fix it
     */
    public UnikvConfigurationException(String property, String problem, String action) {
        super("Invalid unikv configuration: " + property + ": " + problem);
        this.property = property;
        this.action = action;
    }

    /**
     * Return the property at fault.
     * @return the property name
     */
    public String getProperty() {
        return this.property;
    }

    /**
     * Return how to fix the configuration.
     * @return the action
     */
    public String getAction() {
        return this.action;
    }

}
