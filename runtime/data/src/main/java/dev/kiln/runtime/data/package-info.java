/**
 * Data access for generated code: {@link dev.kiln.runtime.data.Database} runs the SQL a generated repository
 * holds (checked at compile time against the migrations) on the HikariCP pool, inside the calling thread's
 * transaction when there is one; {@link dev.kiln.runtime.data.Transactions} implements
 * {@code jakarta.transaction.Transactional} for the generated subclasses; {@link dev.kiln.runtime.data.KilnDataModule}
 * puts the pool, Flyway, jOOQ's {@code DSLContext} and the readiness check in an application's graph.
 */
package dev.kiln.runtime.data;
