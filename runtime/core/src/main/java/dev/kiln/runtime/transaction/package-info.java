/**
 * The calling thread's transaction as other runtime modules see it ({@link dev.kiln.runtime.transaction.TransactionHooks}):
 * {@code kiln-runtime-data} provides it, {@code kiln-runtime-cache} defers evictions and puts to commits with it.
 */
package dev.kiln.runtime.transaction;
