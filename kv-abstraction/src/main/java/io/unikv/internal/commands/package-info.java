/**
 * The async implementation of each command family, written once over a command executor
 * and shared by the blocking store, the async view and batches.
 */
@NullMarked
package io.unikv.internal.commands;

import org.jspecify.annotations.NullMarked;
