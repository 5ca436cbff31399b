/**
 * Value codecs that turn application objects into the bytes stored under a key and back.
 */
@NullMarked
package io.unikv.codec;

import org.jspecify.annotations.NullMarked;
