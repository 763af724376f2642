package dev.kiln.runtime.client;

import java.nio.charset.StandardCharsets;

/** RFC 3986 percent-encoding of path segments and query components: only unreserved characters stay. */
final class UriEncoding {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private UriEncoding() {}

    static String encode(String raw) {
        int length = raw.length();
        int i = 0;
        while (i < length && isUnreserved(raw.charAt(i))) {
            i++;
        }
        if (i == length) {
            return raw;
        }
        StringBuilder out = new StringBuilder(length + 16).append(raw, 0, i);
        byte[] rest = raw.substring(i).getBytes(StandardCharsets.UTF_8);
        for (byte b : rest) {
            char c = (char) (b & 0xFF);
            if (c < 0x80 && isUnreserved(c)) {
                out.append(c);
            } else {
                out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
            }
        }
        return out.toString();
    }

    private static boolean isUnreserved(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }
}
