package org.jpy.nodes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;

/**
 * Base of every node the translator creates. Source positions are kept as two ints (character index and length
 * in the module's {@link Source}) and turned into a {@link SourceSection} only on demand, as SimpleLanguage does:
 * tracebacks, the debugger and coverage need them rarely, so building thousands of section objects per module at
 * translation time would only slow start-up.
 */
public abstract class JpyNode extends Node {
    private int sourceCharIndex = -1;
    private int sourceLength;

    public final void setSourcePosition(int charIndex, int length) {
        this.sourceCharIndex = charIndex;
        this.sourceLength = length;
    }

    public final boolean hasSourcePosition() {
        return sourceCharIndex >= 0;
    }

    public final int getSourceCharIndex() {
        return sourceCharIndex;
    }

    public final int getSourceLength() {
        return sourceLength;
    }

    @Override
    @TruffleBoundary
    public SourceSection getSourceSection() {
        if (sourceCharIndex < 0) {
            return null;
        }
        RootNode root = getRootNode();
        if (root == null) {
            return null;
        }
        SourceSection rootSection = root.getSourceSection();
        if (rootSection == null) {
            return null;
        }
        Source source = rootSection.getSource();
        if (sourceCharIndex + sourceLength > source.getLength()) {
            return source.createUnavailableSection();
        }
        return source.createSection(sourceCharIndex, sourceLength);
    }
}
