/**
 * One JavaPoet template per generated artifact: model ({@link dev.kiln.codegen.model}) in,
 * {@link com.palantir.javapoet.JavaFile} (or, for the registry resource, text) out. Templates never see
 * a {@code javax.lang.model} element, so each can be tested from a hand-built model.
 *
 * <pre>{@code
 * JavaFile router = RouterTemplate.render(service);        // <I>Router
 * JavaFile client = ClientTemplate.render(service);        // <I>Client
 * JavaFile codec = RecordCodecTemplate.render(record);     // <R>JsonCodec
 * String registry = RegistryResourceTemplate.render(app);  // META-INF/kiln/apps/<app>.json
 * }</pre>
 *
 * <p>Shared pieces, so nothing is written twice: {@code GeneratedFiles} (the {@code @Generated}
 * annotation and file settings), {@code Codecs} (a type's {@code JsonCodec} expression and constant
 * name), {@code Scalars} (text conversions per scalar kind), {@code Constants} (deterministic,
 * clash-free constant names) and {@code RuntimeTypes} (every runtime, Helidon, Jackson and Dagger name
 * generated code uses).
 */
package dev.kiln.codegen.template;
