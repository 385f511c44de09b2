package org.jpy.nodes.statement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;

import org.jpy.modules.sys.SysModule;
import org.jpy.nodes.AssignTargetNode;
import org.jpy.nodes.ExpressionNode;
import org.jpy.nodes.JpyNode;
import org.jpy.nodes.StatementNode;
import org.jpy.nodes.expression.CoerceToBooleanNode;
import org.jpy.nodes.pyobject.GetClassNode;
import org.jpy.nodes.pyobject.PyObjectCallNode;
import org.jpy.nodes.pyobject.PyObjectGetAttrNode;
import org.jpy.nodes.pyobject.PyObjectIsInstanceNode;
import org.jpy.nodes.pyobject.PyObjectRichCompareNode;
import org.jpy.nodes.pyobject.PyObjectIsTrueNode;
import org.jpy.nodes.pyobject.RichCmpOp;
import org.jpy.nodes.util.IterationSupport;
import org.jpy.nodes.util.OperatorSupport;
import org.jpy.objects.PNone;
import org.jpy.objects.PythonClass;
import org.jpy.objects.bytearray.PByteArray;
import org.jpy.objects.bytes.PBytes;
import org.jpy.objects.dict.PDict;
import org.jpy.objects.list.PList;
import org.jpy.objects.range.PRange;
import org.jpy.objects.tuple.PTuple;
import org.jpy.runtime.JpyContext;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/**
 * Structural pattern matching (PEP 634) with CPython 3.12's semantics: the subject is evaluated once; each case's
 * pattern collects its captures into an array and binds them only when the whole pattern matched (then the guard
 * runs); sequence and mapping patterns use the same type tests as CPython ({@code Py_TPFLAGS_SEQUENCE/MAPPING}
 * for builtins, {@code collections.abc} registration otherwise); class patterns use {@code __match_args__} and
 * the self-matching builtins. Matching itself is a slow path (patterns are usually small); the bodies are
 * ordinary compiled statements.
 */
public final class MatchNodes {
    private MatchNodes() {
    }

    /** The {@code match} statement. */
    public static final class MatchNode extends StatementNode {
        @Child private ExpressionNode subject;
        @Children private final CaseNode[] cases;

        public MatchNode(ExpressionNode subject, CaseNode[] cases) {
            this.subject = subject;
            this.cases = cases;
        }

        @Override
        @ExplodeLoop
        public void executeVoid(VirtualFrame frame) {
            Object s = subject.execute(frame);
            for (CaseNode c : cases) {
                if (c.tryCase(frame, s)) {
                    return;
                }
            }
        }
    }

    /** {@code case pattern if guard: body}. */
    public static final class CaseNode extends JpyNode {
        @Child private PatternNode pattern;
        @Children private final AssignTargetNode[] captures;
        @Child private CoerceToBooleanNode guard;
        @Child private StatementNode body;

        public CaseNode(PatternNode pattern, AssignTargetNode[] captures, CoerceToBooleanNode guard, StatementNode body) {
            this.pattern = pattern;
            this.captures = captures;
            this.guard = guard;
            this.body = body;
        }

        @ExplodeLoop
        boolean tryCase(VirtualFrame frame, Object subject) {
            Object[] bound = new Object[captures.length];
            if (!pattern.match(frame, subject, bound)) {
                return false;
            }
            for (int i = 0; i < captures.length; i++) {
                if (bound[i] != null) {
                    captures[i].executeWrite(frame, bound[i]);
                }
            }
            if (guard != null && !guard.executeBoolean(frame)) {
                return false;
            }
            body.executeVoid(frame);
            return true;
        }
    }

    /** A pattern: tests the subject and fills the capture array on success. */
    public abstract static class PatternNode extends JpyNode {
        public abstract boolean match(VirtualFrame frame, Object subject, Object[] bound);
    }

    /** {@code _} and bare capture {@code name} (MatchAs without sub-pattern), or {@code pattern as name}. */
    public static final class AsPattern extends PatternNode {
        @Child private PatternNode pattern;
        private final int index;

        public AsPattern(PatternNode pattern, int index) {
            this.pattern = pattern;
            this.index = index;
        }

        @Override
        public boolean match(VirtualFrame frame, Object subject, Object[] bound) {
            if (pattern != null && !pattern.match(frame, subject, bound)) {
                return false;
            }
            if (index >= 0) {
                bound[index] = subject;
            }
            return true;
        }
    }

    /** A value pattern ({@code case 1:}, {@code case Color.RED:}): equality. */
    public static final class ValuePattern extends PatternNode {
        @Child private ExpressionNode value;
        @Child private PyObjectRichCompareNode compare = PyObjectRichCompareNode.create();
        @Child private PyObjectIsTrueNode isTrue = PyObjectIsTrueNode.create();

        public ValuePattern(ExpressionNode value) {
            this.value = value;
        }

        @Override
        public boolean match(VirtualFrame frame, Object subject, Object[] bound) {
            return isTrue.execute(compare.execute(subject, value.execute(frame), RichCmpOp.EQ));
        }
    }

    /** {@code None}, {@code True}, {@code False}: identity. */
    public static final class SingletonPattern extends PatternNode {
        private final Object value;

        public SingletonPattern(Object value) {
            this.value = value;
        }

        @Override
        public boolean match(VirtualFrame frame, Object subject, Object[] bound) {
            return OperatorSupport.isSameObject(subject, value);
        }
    }

    /** {@code p1 | p2 | ...}: the first alternative that matches provides the captures. */
    public static final class OrPattern extends PatternNode {
        @Children private final PatternNode[] alternatives;

        public OrPattern(PatternNode[] alternatives) {
            this.alternatives = alternatives;
        }

        @Override
        @ExplodeLoop
        public boolean match(VirtualFrame frame, Object subject, Object[] bound) {
            for (PatternNode alt : alternatives) {
                Object[] attempt = bound.clone();
                if (alt.match(frame, subject, attempt)) {
                    System.arraycopy(attempt, 0, bound, 0, bound.length);
                    return true;
                }
            }
            return false;
        }
    }

    /** {@code [p1, *rest, p2]} / {@code (p1, p2)}. */
    public static final class SequencePattern extends PatternNode {
        @Children private final PatternNode[] patterns;
        private final int starIndex;
        private final int starCapture;

        public SequencePattern(PatternNode[] patterns, int starIndex, int starCapture) {
            this.patterns = patterns;
            this.starIndex = starIndex;
            this.starCapture = starCapture;
        }

        @Override
        public boolean match(VirtualFrame frame, Object subject, Object[] bound) {
            Object[] items = sequenceItems(this, subject);
            if (items == null) {
                return false;
            }
            int n = patterns.length;
            if (starIndex < 0) {
                if (items.length != n) {
                    return false;
                }
                for (int i = 0; i < n; i++) {
                    if (!patterns[i].match(frame, items[i], bound)) {
                        return false;
                    }
                }
                return true;
            }
            int fixed = n - 1;
            if (items.length < fixed) {
                return false;
            }
            int after = n - starIndex - 1;
            for (int i = 0; i < starIndex; i++) {
                if (!patterns[i].match(frame, items[i], bound)) {
                    return false;
                }
            }
            for (int i = 0; i < after; i++) {
                if (!patterns[starIndex + 1 + i].match(frame, items[items.length - after + i], bound)) {
                    return false;
                }
            }
            if (starCapture >= 0) {
                bound[starCapture] = slice(items, starIndex, items.length - after);
            }
            return true;
        }

        @TruffleBoundary
        private static Object slice(Object[] items, int from, int to) {
            Object[] r = new Object[to - from];
            System.arraycopy(items, from, r, 0, r.length);
            return new PList(r);
        }
    }

    /** {@code {k1: p1, k2: p2, **rest}}. */
    public static final class MappingPattern extends PatternNode {
        @Children private final ExpressionNode[] keys;
        @Children private final PatternNode[] patterns;
        private final int restCapture;

        public MappingPattern(ExpressionNode[] keys, PatternNode[] patterns, int restCapture) {
            this.keys = keys;
            this.patterns = patterns;
            this.restCapture = restCapture;
        }

        @Override
        @ExplodeLoop
        public boolean match(VirtualFrame frame, Object subject, Object[] bound) {
            if (!isMapping(this, subject)) {
                return false;
            }
            Object[] keyValues = new Object[keys.length];
            for (int i = 0; i < keys.length; i++) {
                keyValues[i] = keys[i].execute(frame);
            }
            Object[] values = lookup(this, subject, keyValues);
            if (values == null) {
                return false;
            }
            for (int i = 0; i < patterns.length; i++) {
                if (!patterns[i].match(frame, values[i], bound)) {
                    return false;
                }
            }
            if (restCapture >= 0) {
                bound[restCapture] = rest(subject, keyValues);
            }
            return true;
        }

        @TruffleBoundary
        private static Object[] lookup(Node node, Object subject, Object[] keys) {
            Object sentinel = new Object();
            Object get = PyObjectGetAttrNode.getAttributeUncached(subject, "get");
            Object[] values = new Object[keys.length];
            Set<Object> seen = new HashSet<>();
            for (int i = 0; i < keys.length; i++) {
                Object k = keys[i];
                for (Object prev : seen) {
                    if (PyObjectRichCompareNode.equalsUncached(prev, k)) {
                        throw PRaise.raise(node, PythonBuiltinClassType.ValueError, "mapping pattern checks duplicate key (%R)", k);
                    }
                }
                seen.add(k);
                Object marker = new org.jpy.objects.PythonObject(PythonBuiltinClassType.PythonObject);
                Object v = PyObjectCallNode.callUncached(get, k, marker);
                if (v == marker || v == sentinel) {
                    return null;
                }
                values[i] = v;
            }
            return values;
        }

        @TruffleBoundary
        private static Object rest(Object subject, Object[] keys) {
            PDict d = new PDict();
            IterationSupport.mergeMapping(null, d, subject, false);
            for (Object k : keys) {
                d.delItem(k);
            }
            return d;
        }
    }

    /** {@code Cls(p1, p2, attr=p3)}. */
    public static final class ClassPattern extends PatternNode {
        @Child private ExpressionNode cls;
        @Children private final PatternNode[] positional;
        @Children private final PatternNode[] keywordPatterns;
        @CompilationFinal(dimensions = 1) private final String[] keywordNames;

        public ClassPattern(ExpressionNode cls, PatternNode[] positional, String[] keywordNames, PatternNode[] keywordPatterns) {
            this.cls = cls;
            this.positional = positional;
            this.keywordNames = keywordNames;
            this.keywordPatterns = keywordPatterns;
        }

        @Override
        @ExplodeLoop
        public boolean match(VirtualFrame frame, Object subject, Object[] bound) {
            Object type = cls.execute(frame);
            Object[] subjects = classSubjects(this, type, subject, positional.length, keywordNames);
            if (subjects == null) {
                return false;
            }
            for (int i = 0; i < positional.length; i++) {
                if (!positional[i].match(frame, subjects[i], bound)) {
                    return false;
                }
            }
            for (int i = 0; i < keywordPatterns.length; i++) {
                if (!keywordPatterns[i].match(frame, subjects[positional.length + i], bound)) {
                    return false;
                }
            }
            return true;
        }
    }

    // ------------------------------------------------------------------ helpers (slow paths)

    @TruffleBoundary
    static Object[] sequenceItems(Node node, Object subject) {
        if (subject instanceof String || subject instanceof PBytes || subject instanceof PByteArray) {
            return null;
        }
        if (subject instanceof PList || subject instanceof PTuple || subject instanceof PRange) {
            return IterationSupport.toArrayOrNull(subject);
        }
        if (subject instanceof Long || subject instanceof Double || subject instanceof Boolean || subject instanceof PDict) {
            return null;
        }
        if (!isInstanceOfAbc(node, subject, "Sequence")) {
            return null;
        }
        PythonClass type = GetClassNode.getPythonClassUncached(subject);
        JpyContext ctx = JpyContext.get(node);
        if (type.isSubtypeOf(ctx.lookupType(PythonBuiltinClassType.PString)) || type.isSubtypeOf(ctx.lookupType(PythonBuiltinClassType.PBytes)) ||
                        type.isSubtypeOf(ctx.lookupType(PythonBuiltinClassType.PByteArray))) {
            return null;
        }
        return IterationSupport.toArrayOrNull(subject);
    }

    @TruffleBoundary
    static boolean isMapping(Node node, Object subject) {
        if (subject instanceof PDict) {
            return true;
        }
        if (subject instanceof Long || subject instanceof Double || subject instanceof Boolean || subject instanceof String || subject instanceof PList ||
                        subject instanceof PTuple) {
            return false;
        }
        return isInstanceOfAbc(node, subject, "Mapping");
    }

    private static boolean isInstanceOfAbc(Node node, Object subject, String abcName) {
        Object abc = SysModule.get(JpyContext.get(node)).getModulesDict().getItem("collections.abc");
        if (abc == null) {
            abc = SysModule.get(JpyContext.get(node)).getModulesDict().getItem("_collections_abc");
        }
        if (abc == null) {
            return false;
        }
        Object cls = PyObjectGetAttrNode.lookupAttributeUncached(abc, abcName);
        return cls != PNone.NO_VALUE && PyObjectIsInstanceNode.isInstance(node, subject, cls);
    }

    private static final PythonBuiltinClassType[] SELF_MATCHING = {PythonBuiltinClassType.PBool, PythonBuiltinClassType.PByteArray, PythonBuiltinClassType.PBytes,
                    PythonBuiltinClassType.PDict, PythonBuiltinClassType.PFloat, PythonBuiltinClassType.PFrozenSet, PythonBuiltinClassType.PInt,
                    PythonBuiltinClassType.PList, PythonBuiltinClassType.PSet, PythonBuiltinClassType.PString, PythonBuiltinClassType.PTuple};

    /** The sub-subjects of a class pattern (positional then keyword), or null when it does not match. */
    @TruffleBoundary
    static Object[] classSubjects(Node node, Object type, Object subject, int nPositional, String[] keywords) {
        if (!(type instanceof PythonClass cls)) {
            throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "called match pattern must be a class");
        }
        if (!PyObjectIsInstanceNode.isInstance(node, subject, cls)) {
            return null;
        }
        Object[] result = new Object[nPositional + keywords.length];
        ArrayList<String> names = new ArrayList<>();
        if (nPositional > 0) {
            Object matchArgs = PyObjectGetAttrNode.lookupAttributeUncached(cls, "__match_args__");
            boolean selfMatching = false;
            if (matchArgs == PNone.NO_VALUE) {
                JpyContext ctx = JpyContext.get(node);
                for (PythonBuiltinClassType t : SELF_MATCHING) {
                    if (cls.isSubtypeOf(ctx.lookupType(t))) {
                        selfMatching = true;
                        break;
                    }
                }
                matchArgs = new PTuple(new Object[0]);
            } else if (!(matchArgs instanceof PTuple)) {
                throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "%s.__match_args__ must be a tuple (got %s)", cls.getName(), PRaise.typeName(matchArgs));
            }
            if (selfMatching) {
                if (nPositional > 1) {
                    throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "%s() accepts 1 positional sub-pattern (%d given)", cls.getName(), (long) nPositional);
                }
                result[0] = subject;
            } else {
                Object[] args = ((PTuple) matchArgs).getArray();
                if (nPositional > args.length) {
                    throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "%s() accepts %d positional sub-pattern%s (%d given)", cls.getName(), (long) args.length,
                                    args.length == 1 ? "" : "s", (long) nPositional);
                }
                for (int i = 0; i < nPositional; i++) {
                    if (!(args[i] instanceof String name)) {
                        throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "__match_args__ elements must be strings (got %s)", PRaise.typeName(args[i]));
                    }
                    names.add(name);
                    Object v = PyObjectGetAttrNode.lookupAttributeUncached(subject, name);
                    if (v == PNone.NO_VALUE) {
                        return null;
                    }
                    result[i] = v;
                }
            }
        }
        for (int i = 0; i < keywords.length; i++) {
            if (names.contains(keywords[i])) {
                throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "%s() got multiple sub-patterns for attribute '%s'", cls.getName(), keywords[i]);
            }
            names.add(keywords[i]);
            Object v = PyObjectGetAttrNode.lookupAttributeUncached(subject, keywords[i]);
            if (v == PNone.NO_VALUE) {
                return null;
            }
            result[nPositional + i] = v;
        }
        return result;
    }
}
