/**
 * The pub/sub implementation behind {@link io.unikv.pubsub.RedisPubSub}: publishing
 * through the store's command pipeline, subscriptions through the transport's
 * {@link io.unikv.transport.TransportPubSub} capability.
 */
@NullMarked
package io.unikv.internal.pubsub;

import org.jspecify.annotations.NullMarked;
