package io.unikv.testserver.internal.replication;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A region of a test server: a name, and for a replica how far it lags behind the primary
 * (a fixed lag, plus or minus a uniformly drawn jitter). Parsed from the command line
 * form {@code name[:lag[~jitter]]}, for example {@code eu-west-1:150ms} or
 * {@code ap-southeast-1:300ms~100ms} (units {@code ms} or {@code s}).
 *
 * @param name the region name
 * @param lag the replication lag
 * @param jitter the largest deviation from the lag
 * @author unikv authors
 */
public record RegionSpec(String name, Duration lag, Duration jitter) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private static final Pattern FORM = Pattern.compile("([^:]+)(?::(\\d+(?:ms|s))(?:~(\\d+(?:ms|s)))?)?");

    /**
     * Create a region.
     * @param name the region name: letters, digits, {@code .}, {@code _}, {@code -}
     * @param lag the replication lag, not negative
     * @param jitter the largest deviation from the lag, not negative
     */
    public RegionSpec {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "Invalid region name '" + name + "': use letters, digits, '.', '_' and '-', for example us-east-1");
        }
        if (lag.isNegative() || jitter.isNegative()) {
            throw new IllegalArgumentException("Region " + name + ": lag and jitter must not be negative");
        }
    }

    /**
     * Parse {@code name[:lag[~jitter]]}.
     * @param text the text
     * @return the region
     * @throws IllegalArgumentException with the expected form if the text does not match
     */
    public static RegionSpec parse(String text) {
        Matcher matcher = FORM.matcher(text.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Invalid region '" + text
                    + "': expected name[:lag[~jitter]], for example eu-west-1:150ms or ap-southeast-1:300ms~100ms");
        }
        return new RegionSpec(matcher.group(1), duration(matcher.group(2)), duration(matcher.group(3)));
    }

    private static Duration duration(String text) {
        if (text == null) {
            return Duration.ZERO;
        }
        return text.endsWith("ms") ? Duration.ofMillis(Long.parseLong(text.substring(0, text.length() - 2)))
                : Duration.ofSeconds(Long.parseLong(text.substring(0, text.length() - 1)));
    }

    @Override
    public String toString() {
        return this.name + ":" + this.lag.toMillis() + "ms~" + this.jitter.toMillis() + "ms";
    }

}
