package org.jpy.launcher;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes a main program's bytes as CPython does before parsing: a UTF-8 BOM, else a PEP 263 coding cookie on one of
 * the first two lines, else UTF-8. With {@code -x} the first line is blanked (its newline kept, so line numbers in
 * tracebacks still match the file).
 */
final class SourceDecoding {
    private static final Pattern COOKIE = Pattern.compile("^[ \\t\\f]*#.*?coding[:=][ \\t]*([-\\w.]+)");

    private SourceDecoding() {
    }

    static String decode(byte[] bytes, boolean skipFirstLine) {
        int start = 0;
        Charset charset = StandardCharsets.UTF_8;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            start = 3;
        } else {
            String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1);
            String[] lines = head.split("\n", 3);
            for (int i = 0; i < Math.min(2, lines.length); i++) {
                Matcher m = COOKIE.matcher(lines[i]);
                if (m.find()) {
                    try {
                        charset = Charset.forName(normalize(m.group(1)));
                    } catch (IllegalArgumentException e) {
                        charset = StandardCharsets.UTF_8; // the parser reports unknown encodings
                    }
                    break;
                }
                if (!lines[i].trim().isEmpty() && !lines[i].trim().startsWith("#")) {
                    break;
                }
            }
        }
        String text = new String(bytes, start, bytes.length - start, charset);
        if (skipFirstLine) {
            int nl = text.indexOf('\n');
            text = nl < 0 ? "" : text.substring(nl);
        }
        return text;
    }

    private static String normalize(String name) {
        String n = name.toLowerCase().replace('_', '-');
        if (n.equals("latin-1") || n.startsWith("iso-latin-1") || n.equals("latin1")) {
            return "ISO-8859-1";
        }
        if (n.startsWith("utf-8") || n.equals("utf8")) {
            return "UTF-8";
        }
        return n;
    }
}
