package org.jpy.compiler;

import com.oracle.truffle.api.source.Source;

import org.jpy.parser.ast.Loc;

/**
 * Turns the AST's CPython positions (1-based lines, UTF-8 byte columns) into character indexes of the Truffle
 * {@link Source}. Nodes keep character indexes (what {@code SourceSection} wants); tracebacks convert back to
 * CPython's units when they print carets. Lines that are pure ASCII (nearly all) need no scanning.
 */
public final class SourceMap {
    private final Source source;
    private final CharSequence text;
    private final int lineCount;

    public SourceMap(Source source) {
        this.source = source;
        this.text = source.hasCharacters() ? source.getCharacters() : "";
        this.lineCount = source.hasCharacters() ? source.getLineCount() : 0;
    }

    public Source getSource() {
        return source;
    }

    /** Character index of a (line, UTF-8 column) position, clamped into the source. */
    public int charIndex(int line, int byteColumn) {
        if (lineCount == 0) {
            return 0;
        }
        if (line < 1) {
            return 0;
        }
        if (line > lineCount) {
            return text.length();
        }
        int lineStart = source.getLineStartOffset(line);
        int end = text.length();
        int index = lineStart;
        int bytes = 0;
        while (bytes < byteColumn && index < end) {
            char c = text.charAt(index);
            if (c == '\n') {
                break;
            }
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && index + 1 < end && Character.isLowSurrogate(text.charAt(index + 1))) {
                bytes += 4;
                index++;
            } else {
                bytes += 3;
            }
            index++;
        }
        return index;
    }

    public int startIndex(Loc loc) {
        return charIndex(loc.lineno(), loc.colOffset());
    }

    public int endIndex(Loc loc) {
        return charIndex(loc.endLineno(), loc.endColOffset());
    }

    /** Length in characters of the span of {@code loc} (0 when the positions are unknown or inverted). */
    public int length(Loc loc) {
        return Math.max(0, endIndex(loc) - startIndex(loc));
    }

    public boolean isAvailable(Loc loc) {
        return loc != null && loc.lineno() > 0 && lineCount > 0;
    }
}
