package dev.kiln.processor;

import dev.kiln.processor.read.Annotations;
import dev.kiln.processor.read.SupervisionInput;
import dev.kiln.processor.validate.SupervisionValidator;
import dev.kiln.processor.validate.ValidationReport;
import java.util.List;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * Every {@code @Supervised} class of the compilation, checked when it appears, whether or not an application
 * reaches it: a mistake is reported on the annotation, not discovered when the supervisor first needs it.
 * The application step reads the values of the valid ones into its components.
 */
final class SupervisionStep {
    private final Output output;
    private final SupervisionValidator validator;

    SupervisionStep(ProcessingEnvironment env, Output output) {
        this.output = output;
        this.validator = new SupervisionValidator(env.getElementUtils(), env.getTypeUtils());
    }

    void process(List<Element> supervised) {
        for (Element element : supervised) {
            AnnotationMirror mirror = Annotations.find(element, Annotations.SUPERVISED).orElseThrow();
            ValidationReport report = new ValidationReport();
            validator.validate(element, SupervisionInput.read(mirror), report);
            output.print(report);
        }
    }
}
