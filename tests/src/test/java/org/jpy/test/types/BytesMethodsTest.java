package org.jpy.test.types;

import java.nio.charset.StandardCharsets;

import org.jpy.objects.bytes.BytesMethods;
import org.jpy.runtime.formatting.StrRepr;
import org.junit.jupiter.api.Test;

/** bytes-specific algorithms against CPython. */
public class BytesMethodsTest {
    static String b(String l1) {
        byte[] x = l1.getBytes(StandardCharsets.ISO_8859_1);
        return StrRepr.reprBytes(x, x.length);
    }

    static String blit(String l1) {
        return "bytes(" + CPython.lit(l1) + ", 'latin-1')";
    }

    static String list(java.util.List<String> l) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < l.size(); i++) {
            sb.append(i > 0 ? ", " : "").append(b(l.get(i)));
        }
        return sb.append("]").toString();
    }

    @Test
    public void methods() {
        String[] texts = {"", "  Hello World  ", "a\tb\u000bc\u000cd\u001ce\u00a0f", "l1\nl2\r\nl3\rl4", "hELLO wORLD 3rd", "\u00e9t\u00e9 abc", "aBc1_Z"};
        CPython py = new CPython();
        for (String t : texts) {
            String l = blit(t);
            py.check(l + ".upper()", () -> b(BytesMethods.upper(t)));
            py.check(l + ".lower()", () -> b(BytesMethods.lower(t)));
            py.check(l + ".swapcase()", () -> b(BytesMethods.swapcase(t)));
            py.check(l + ".capitalize()", () -> b(BytesMethods.capitalize(t)));
            py.check(l + ".title()", () -> b(BytesMethods.title(t)));
            py.check(l + ".istitle()", () -> BytesMethods.isTitle(t) ? "True" : "False");
            py.check(l + ".split()", () -> list(BytesMethods.splitWhitespace(t, -1, false)));
            py.check(l + ".split(None, 1)", () -> list(BytesMethods.splitWhitespace(t, 1, false)));
            py.check(l + ".rsplit(None, 1)", () -> list(BytesMethods.splitWhitespace(t, 1, true)));
            py.check(l + ".splitlines()", () -> list(BytesMethods.splitlines(t, false)));
            py.check(l + ".splitlines(True)", () -> list(BytesMethods.splitlines(t, true)));
            py.check(l + ".strip()", () -> b(BytesMethods.strip(t, null, 0)));
            py.check(l + ".rstrip(b'dl ')", () -> b(BytesMethods.strip(t, "dl ", 2)));
            py.check(l + ".expandtabs(4)", () -> b(BytesMethods.expandtabs(t, 4)));
            byte[] raw = t.getBytes(StandardCharsets.ISO_8859_1);
            py.check(l + ".hex()", () -> BytesMethods.hex(raw, raw.length, -1, 1));
            py.check(l + ".hex(':', 2)", () -> BytesMethods.hex(raw, raw.length, ':', 2));
            py.check(l + ".hex('-', -3)", () -> BytesMethods.hex(raw, raw.length, '-', -3));
        }
        for (String s : new String[]{"1 2", "0a0b", "0A 0b ", " 0a", "0a\t0b", "0g", "0", "a\u00e90", "0a0", "", "  "}) {
            py.check("bytes.fromhex(" + CPython.lit(s) + ")", () -> {
                byte[] r = BytesMethods.fromHex(s);
                return StrRepr.reprBytes(r, r.length);
            });
        }
        py.verify();
    }
}
