/**
 * Redis command families, one sync and one async interface per data type, and their
 * immutable option types.
 */
@NullMarked
package io.unikv.commands;

import org.jspecify.annotations.NullMarked;
