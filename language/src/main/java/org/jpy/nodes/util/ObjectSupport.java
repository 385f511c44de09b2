package org.jpy.nodes.util;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import org.jpy.nodes.pyobject.PyObjectSetAttrNode;

/** Slow-path object operations used by rarely executed statements. */
public final class ObjectSupport {
    private ObjectSupport() {
    }

    @TruffleBoundary
    public static void delAttr(Node node, Object obj, String name) {
        PyObjectSetAttrNode.getUncached().delete(obj, name);
    }
}
