package dev.kiln.codegen.template;

import com.palantir.javapoet.ClassName;

/** Naming conventions for generated members: {@code UPPER_SNAKE} constants and {@code lowerCamel} methods. */
final class Identifiers {
    private Identifiers() {}

    /**
     * {@code "X-Reason"} → {@code X_REASON}, {@code "dateTime"} → {@code DATE_TIME},
     * {@code "HTTPCode"} → {@code HTTP_CODE}. Runs of other characters become one {@code _}.
     */
    static String upperSnake(String text) {
        StringBuilder out = new StringBuilder(text.length() + 4);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                underscore(out);
                continue;
            }
            if (i > 0 && Character.isUpperCase(c)) {
                char previous = text.charAt(i - 1);
                boolean nextIsLower = i + 1 < text.length() && Character.isLowerCase(text.charAt(i + 1));
                if (Character.isLowerCase(previous) || Character.isDigit(previous)
                        || (Character.isUpperCase(previous) && nextIsLower)) {
                    underscore(out);
                }
            }
            out.append(Character.toUpperCase(c));
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == '_') {
            end--;
        }
        out.setLength(end);
        return out.isEmpty() ? "_" : out.toString();
    }

    /** {@code Shop.OrderLine} → {@code SHOP_ORDER_LINE}. */
    static String upperSnake(ClassName type) {
        return upperSnake(String.join("_", type.simpleNames()));
    }

    /** {@code OrderApi} → {@code orderApi}, {@code URLService} → {@code urlService}: a method name for a type. */
    static String lowerCamel(ClassName type) {
        String name = type.simpleName();
        int upper = 0;
        while (upper < name.length() && Character.isUpperCase(name.charAt(upper))) {
            upper++;
        }
        int lower = upper <= 1 || upper == name.length() ? upper : upper - 1;
        return name.substring(0, lower).toLowerCase(java.util.Locale.ROOT) + name.substring(lower);
    }

    private static void underscore(StringBuilder out) {
        if (!out.isEmpty() && out.charAt(out.length() - 1) != '_') {
            out.append('_');
        }
    }
}
