/**
 * Pub/sub: {@link io.unikv.pubsub.RedisPubSub} (publish, subscribe with a
 * {@link io.unikv.pubsub.MessageListener}, channel introspection), its
 * {@link io.unikv.pubsub.Message}s and {@link io.unikv.pubsub.Subscription}s.
 */
@NullMarked
package io.unikv.pubsub;

import org.jspecify.annotations.NullMarked;
