package dev.kiln.docs.tests;

/** Java source text with comments and string, character and text-block literals blanked: braces left are code's. */
final class JavaText {
    private JavaText() {}

    /** {@code code} of the same length, comment and literal characters replaced by spaces (line breaks kept). */
    static String blankCommentsAndLiterals(String code) {
        StringBuilder out = new StringBuilder(code);
        int i = 0;
        while (i < code.length()) {
            int end;
            if (code.startsWith("//", i)) {
                end = code.indexOf('\n', i);
                end = end < 0 ? code.length() : end;
            } else if (code.startsWith("/*", i)) {
                end = code.indexOf("*/", i + 2);
                end = end < 0 ? code.length() : end + 2;
            } else if (code.startsWith("\"\"\"", i)) {
                end = code.indexOf("\"\"\"", i + 3);
                end = end < 0 ? code.length() : end + 3;
            } else if (code.charAt(i) == '"' || code.charAt(i) == '\'') {
                end = literalEnd(code, i);
            } else {
                i++;
                continue;
            }
            for (int j = i; j < end; j++) {
                if (out.charAt(j) != '\n') {
                    out.setCharAt(j, ' ');
                }
            }
            i = end;
        }
        return out.toString();
    }

    private static int literalEnd(String code, int open) {
        char quote = code.charAt(open);
        for (int i = open + 1; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote || c == '\n') {
                return i + 1;
            }
        }
        return code.length();
    }
}
