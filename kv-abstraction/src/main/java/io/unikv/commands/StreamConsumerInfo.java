package io.unikv.commands;

import java.time.Duration;

/**
 * One consumer as {@code XINFO CONSUMERS} reports it.
 *
 * @param name the consumer name
 * @param pending the number of entries delivered to it and not acknowledged
 * @param idle the time since it last read or claimed
 * @author unikv authors
 */
public record StreamConsumerInfo(String name, long pending, Duration idle) {

}
