/**
 * What generated validators call. For each record that carries {@code jakarta.validation.constraints}
 * (directly, or through {@code @Valid} on a component), Kiln generates a {@code <Record>Validator} with
 * one static {@code validate(value, violations)} method, a straight run of {@code if}s; the router checks
 * parameter constraints inline and runs the validators of {@code @Valid} bodies, then answers every
 * violation of the request in one 400 problem.
 *
 * <ul>
 *   <li>{@link dev.kiln.runtime.validation.Violations}: the violations of one request, reported at JSON
 *       pointers (body) or as parameters, thrown together as one {@code HttpException}.</li>
 *   <li>{@link dev.kiln.runtime.validation.Checks}: blankness, code-point length, e-mail addresses, digit
 *       counts, decimal bounds, past and future.</li>
 * </ul>
 *
 * <pre>{@code
 * Violations violations = new Violations();
 * NewOrderValidator.validate(order, violations);
 * violations.throwIfAny();   // 400 "Request validation failed: 2 violations", errors[] with pointers
 * }</pre>
 */
package dev.kiln.runtime.validation;
