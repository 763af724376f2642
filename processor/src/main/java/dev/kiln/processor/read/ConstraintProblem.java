package dev.kiln.processor.read;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * A constraint Kiln cannot generate a check for, with the message to report and where: the parameter or
 * record component, the annotation, and the faulty attribute when there is one ({@code mirror} and
 * {@code value} may be null).
 */
public record ConstraintProblem(Element element, AnnotationMirror mirror, AnnotationValue value, String message) {}
