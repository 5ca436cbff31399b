/**
 * The unikv API: {@link io.unikv.KeyValueStore} (the Cloudflare-KV-shaped profile),
 * {@link io.unikv.RedisStore} (the full Redis profile), sync tokens and the
 * {@link io.unikv.KvException} hierarchy.
 */
@NullMarked
package io.unikv;

import org.jspecify.annotations.NullMarked;
