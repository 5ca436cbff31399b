/**
 * Resilience for unikv stores: a resilience4j circuit breaker per region, so an
 * unreachable read region fails over and an unreachable primary fails writes fast.
 */
@NullMarked
package io.unikv.spring.resilience;

import org.jspecify.annotations.NullMarked;
