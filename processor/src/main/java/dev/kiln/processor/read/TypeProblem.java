package dev.kiln.processor.read;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;

/**
 * Why a type cannot be bound or encoded.
 *
 * <p>When the type that is wrong is a component of a record compiled from source in this compilation,
 * {@link #components()} holds one entry per bad component and the error belongs there, once, however
 * many routes reach the record. Otherwise the error belongs to the parameter or method that uses the
 * type, and {@link #path()} says where inside it the problem is, e.g. {@code NewOrder.lines[].sku}.
 *
 * @param segments  the way from the used type down to the bad one
 * @param found     the bad type as the user wrote it
 * @param reason    why it is bad, when more than "unsupported" can be said; may be empty
 * @param supported what is supported where the type was met
 * @param components bad components of records in this compilation, each reported on its own element
 */
public record TypeProblem(
        List<Segment> segments, String found, String reason, String supported, List<ComponentProblem> components) {

    /** One step down into a type: a record, one of its components, a collection element or a map value. */
    public sealed interface Segment {}

    public record RecordSegment(String simpleName) implements Segment {}

    public record ComponentSegment(String name) implements Segment {}

    public record ElementSegment() implements Segment {}

    public record MapValueSegment() implements Segment {}

    /** A record component, compiled in this compilation, whose type cannot be encoded. */
    public record ComponentProblem(Element component, String path, String found, String reason, String supported) {}

    public static TypeProblem of(String found, String reason, String supported) {
        return new TypeProblem(List.of(), found, reason, supported, List.of());
    }

    /** Whether the error is reported on record components rather than on the use of the type. */
    public boolean onComponents() {
        return !components.isEmpty();
    }

    /** This problem seen from one step further out. */
    public TypeProblem under(Segment... outer) {
        List<Segment> all = new ArrayList<>(List.of(outer));
        all.addAll(segments);
        return new TypeProblem(List.copyOf(all), found, reason, supported, components);
    }

    /** This problem as one of {@code component}'s, to be reported on that component. */
    public TypeProblem reportedOn(Element component) {
        return new TypeProblem(segments, found, reason, supported,
                List.of(new ComponentProblem(component, path(), found, reason, supported)));
    }

    /** This problem together with another component's. */
    public TypeProblem and(TypeProblem other) {
        List<ComponentProblem> all = new ArrayList<>(components);
        all.addAll(other.components);
        return new TypeProblem(segments, found, reason, supported, List.copyOf(all));
    }

    /**
     * The path from the outermost record to the bad type, {@code NewOrder.lines[].sku}; empty when the
     * bad type is met before any record. Containers before the first record are left out, and so are the
     * names of nested records, whose components read as a path from the outer one.
     */
    public String path() {
        StringBuilder path = new StringBuilder();
        boolean inRecord = false;
        for (Segment segment : segments) {
            switch (segment) {
                case RecordSegment r -> {
                    if (!inRecord) {
                        path.append(r.simpleName());
                        inRecord = true;
                    }
                }
                case ComponentSegment c -> path.append('.').append(c.name());
                case ElementSegment e -> {
                    if (inRecord) {
                        path.append("[]");
                    }
                }
                case MapValueSegment m -> {
                    if (inRecord) {
                        path.append("{}");
                    }
                }
            }
        }
        return path.toString();
    }
}
