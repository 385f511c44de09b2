package org.jpy.objects.iterator;

import com.oracle.truffle.api.nodes.Node;

import org.jpy.runtime.PythonBuiltinClassType;

/** Iterates the code points of a str, yielding one-character strings. */
public final class PStrIterator extends PIterator {
    private final String s;
    private int offset;

    public PStrIterator(String s) {
        super(isAscii(s) ? PythonBuiltinClassType.PStrIterator : PythonBuiltinClassType.PStrUnicodeIterator);
        this.s = s;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Object next(Node node) {
        if (offset >= s.length()) {
            return null;
        }
        char c = s.charAt(offset);
        if (Character.isHighSurrogate(c) && offset + 1 < s.length() && Character.isLowSurrogate(s.charAt(offset + 1))) {
            String r = s.substring(offset, offset + 2);
            offset += 2;
            return r;
        }
        offset++;
        return String.valueOf(c);
    }

    @Override
    public long lengthHint() {
        return s.codePointCount(offset, s.length());
    }
}
