/**
 * Micrometer Observation of unikv requests: metric {@code db.client.operation.duration}
 * and client spans named with OpenTelemetry's database conventions, plus region gauges.
 */
@NullMarked
package io.unikv.spring.observation;

import org.jspecify.annotations.NullMarked;
