package io.unikv.commands;

import java.time.Duration;

/**
 * One entry of the extended form of {@code XPENDING}.
 *
 * @param id the entry ID
 * @param consumer the consumer it was delivered to
 * @param idle the time since it was last delivered
 * @param deliveryCount how many times it was delivered
 * @author unikv authors
 */
public record PendingEntry(String id, String consumer, Duration idle, long deliveryCount) {

}
