package dev.kiln.codegen.template;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeSpec;
import dev.kiln.codegen.model.RecordModel;
import dev.kiln.codegen.model.RecordModel.Component;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * {@code <Record>Validator}: the {@code jakarta.validation.constraints} of a record's components as one
 * static method of {@code if}s, next to the record's codec. Components marked {@code @Valid} are handed
 * to their own validators; violations are added to a {@code Violations} at the component's pointer.
 *
 * <pre>{@code
 * JavaFile file = ValidatorTemplate.render(newOrder);   // com.example.NewOrderValidator
 * // NewOrderValidator.validate(order, violations);
 * }</pre>
 */
public final class ValidatorTemplate {
    private ValidatorTemplate() {}

    /** The validator of {@code model}, which must have something to check ({@link RecordModel#validated()}). */
    public static JavaFile render(RecordModel model) {
        if (!model.validated()) {
            throw new IllegalArgumentException(model.type() + " has no constraints to validate");
        }
        ClassName validator = model.validatorName();
        NameAllocator members = new NameAllocator();
        Constants constants = new Constants(members);
        // The first pass declares every constant, so that the second can keep locals clear of them.
        validate(model, constants, members.clone());
        TypeSpec.Builder type = GeneratedFiles.classBuilder(validator)
                .addJavadoc("Checks the constraints declared on {@link $T}.\n", model.type())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addFields(constants.fields())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(validate(model, constants, members.clone()));
        return GeneratedFiles.file(validator, type);
    }

    private static MethodSpec validate(RecordModel model, Constants constants, NameAllocator names) {
        String value = names.newName("value");
        String violations = names.newName("violations");
        List<String> locals = new ArrayList<>();
        for (Component component : model.components()) {
            locals.add(names.newName(component.name()));
        }
        ConstraintCode checks = new ConstraintCode(constants, violations, true);
        CodeBlock.Builder body = CodeBlock.builder();
        for (int i = 0; i < model.components().size(); i++) {
            Component component = model.components().get(i);
            if (component.constraints().isEmpty()) {
                continue;
            }
            String local = locals.get(i);
            body.addStatement("$T $N = $N.$N()", component.type().typeName(), local, value, component.name());
            // A reference component's checks sit in their own blocks, so the next component may reuse their names.
            checks.check(body, local, component.type(), component.constraints(),
                    ConstraintCode.component(component.name()), component.name(), names.clone());
        }
        return MethodSpec.methodBuilder("validate")
                .addJavadoc("Adds a violation for each constraint {@code value} breaks, below the current location"
                        + " of {@code violations}.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addParameter(model.type(), value)
                .addParameter(RuntimeTypes.VIOLATIONS, violations)
                .addCode(body.build())
                .build();
    }
}
