package dev.kiln.codegen.template;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;

/**
 * The one place that starts and finishes every generated type: {@link #classBuilder} and
 * {@link #interfaceBuilder} put {@code @Generated("dev.kiln.processor.KilnProcessor")} first (no
 * date, so output is byte-for-byte deterministic), {@link #file} checks it is there and applies the
 * file settings. The processor, after adding originating elements, calls {@link #withType} so that
 * the settings are kept.
 *
 * <pre>{@code
 * JavaFile file = RouterTemplate.render(service);
 * JavaFile withOrigin = GeneratedFiles.withType(file,
 *         file.typeSpec().toBuilder().addOriginatingElement(element).build());
 * }</pre>
 */
public final class GeneratedFiles {
    private GeneratedFiles() {}

    /** The processor named by every {@code @Generated}. */
    public static final String GENERATOR = "dev.kiln.processor.KilnProcessor";

    /** {@code javax.annotation.processing.Generated}, present on every JDK 9+ compile path. */
    public static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

    private static final String INDENT = "    ";

    private static final AnnotationSpec GENERATED_ANNOTATION = AnnotationSpec.builder(GENERATED)
            .addMember("value", "$S", GENERATOR)
            .build();

    /** A class that starts with {@code @Generated}. */
    static TypeSpec.Builder classBuilder(ClassName name) {
        return TypeSpec.classBuilder(name).addAnnotation(GENERATED_ANNOTATION);
    }

    /** An interface that starts with {@code @Generated}. */
    static TypeSpec.Builder interfaceBuilder(ClassName name) {
        return TypeSpec.interfaceBuilder(name).addAnnotation(GENERATED_ANNOTATION);
    }

    /** The file of a type begun by {@link #classBuilder} or {@link #interfaceBuilder}, in {@code name}'s package. */
    static JavaFile file(ClassName name, TypeSpec.Builder type) {
        TypeSpec spec = type.build();
        if (!spec.annotations().contains(GENERATED_ANNOTATION)) {
            throw new IllegalStateException(name + " was not begun by GeneratedFiles");
        }
        return javaFile(name.packageName(), spec);
    }

    /** {@code file} with its type replaced by {@code type} (for example with originating elements added). */
    public static JavaFile withType(JavaFile file, TypeSpec type) {
        return javaFile(file.packageName(), type);
    }

    private static JavaFile javaFile(String packageName, TypeSpec type) {
        return JavaFile.builder(packageName, type).indent(INDENT).skipJavaLangImports(true).build();
    }
}
