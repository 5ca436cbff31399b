/**
 * Redis command families, one class each, registered explicitly in the command table.
 */
@NullMarked
package io.unikv.testserver.internal.commands;

import org.jspecify.annotations.NullMarked;
