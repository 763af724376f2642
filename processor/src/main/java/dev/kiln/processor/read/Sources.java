package dev.kiln.processor.read;

import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.JavaFileObject;

/** Where an element comes from: this compilation's sources, or a class file on the classpath. */
public final class Sources {
    private final Elements elements;

    public Sources(Elements elements) {
        this.elements = elements;
    }

    /**
     * Whether the element's type is compiled from source in this compilation. Errors about it can then
     * point at a line the user can edit; otherwise they point at the element that uses it.
     */
    public boolean inSource(Element element) {
        TypeElement type = outermostType(element);
        if (type == null) {
            return false;
        }
        JavaFileObject file = elements.getFileObjectOf(type);
        return file != null && file.getKind() == JavaFileObject.Kind.SOURCE;
    }

    /** Whether a type of that canonical name is on the classpath or was generated in an earlier round. */
    public boolean exists(String canonicalName) {
        return elements.getTypeElement(canonicalName) != null;
    }

    /** Whether generated code in the type's package can name {@code type}: nothing on its way is private. */
    public static boolean reachableFromPackage(TypeElement type) {
        for (Element e = type; e != null && e.getKind() != ElementKind.PACKAGE; e = e.getEnclosingElement()) {
            if (e.getModifiers().contains(Modifier.PRIVATE)) {
                return false;
            }
        }
        return true;
    }

    private static TypeElement outermostType(Element element) {
        TypeElement result = null;
        for (Element e = element; e != null && e.getKind() != ElementKind.PACKAGE; e = e.getEnclosingElement()) {
            if (e instanceof TypeElement t) {
                result = t;
            }
        }
        return result;
    }
}
