/**
 * The javac-free model of a Kiln compilation: plain records built by the processor's readers and
 * consumed by the templates. Nothing here refers to {@code javax.lang.model}; types are JavaPoet
 * {@link com.palantir.javapoet.TypeName}s so a template can be tested from a hand-built model.
 */
package dev.kiln.codegen.model;
