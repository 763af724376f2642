package dev.kiln.codegen.template;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;

/**
 * The one place that turns a template's type into a file: every generated type gets
 * {@code @Generated("dev.kiln.processor.KilnProcessor")} (no date, so output is byte-for-byte
 * deterministic) and the same file settings. Templates call {@link #file}; the processor, after
 * adding originating elements, calls {@link #withType} so that the settings are kept.
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

    /** Adds {@code @Generated} to {@code type} and builds its file in {@code name}'s package. */
    static JavaFile file(ClassName name, TypeSpec.Builder type) {
        TypeSpec spec = type.addAnnotation(AnnotationSpec.builder(GENERATED)
                        .addMember("value", "$S", GENERATOR)
                        .build())
                .build();
        return javaFile(name.packageName(), spec);
    }

    /** {@code file} with its type replaced by {@code type} (for example with originating elements added). */
    public static JavaFile withType(JavaFile file, TypeSpec type) {
        return javaFile(file.packageName(), type);
    }

    private static JavaFile javaFile(String packageName, TypeSpec type) {
        return JavaFile.builder(packageName, type).indent(INDENT).build();
    }
}
