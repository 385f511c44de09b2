package org.jpy.nodes.classes;

import java.util.ArrayList;
import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import org.jpy.nodes.pyobject.GetClassNode;
import org.jpy.nodes.pyobject.PyObjectCallNode;
import org.jpy.nodes.pyobject.PyObjectGetAttrNode;
import org.jpy.nodes.pyobject.PyObjectReprNode;
import org.jpy.objects.PNone;
import org.jpy.objects.PythonClass;
import org.jpy.objects.dict.PDict;
import org.jpy.objects.function.PCell;
import org.jpy.objects.function.PFunction;
import org.jpy.objects.tuple.PTuple;
import org.jpy.runtime.JpyContext;
import org.jpy.runtime.PKeyword;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/**
 * {@code builtins.__build_class__(func, name, *bases, **kwds)} with CPython's steps and messages: PEP 560
 * {@code __mro_entries__}, metaclass choice (explicit or the most derived metaclass of the bases),
 * {@code __prepare__}, the body run in the namespace, {@code __orig_bases__}, the metaclass call, and the check that
 * the {@code __class__} cell (zero-argument {@code super()}) was filled by {@code type.__new__}.
 */
public final class ClassBuilder {
    private ClassBuilder() {
    }

    @TruffleBoundary
    public static Object buildClass(Node node, PFunction body, String name, Object[] origBases, PKeyword[] keywords) {
        JpyContext ctx = JpyContext.get(node);
        PythonClass typeClass = ctx.lookupType(PythonBuiltinClassType.PythonClass);
        Object[] bases = updateBases(node, origBases);
        Object meta = null;
        ArrayList<PKeyword> kw = new ArrayList<>();
        for (PKeyword k : keywords) {
            if (k.name().equals("metaclass")) {
                meta = k.value();
            } else {
                kw.add(k);
            }
        }
        PKeyword[] kwArray = kw.toArray(PKeyword.EMPTY);
        boolean isClass = false;
        if (meta == null) {
            meta = bases.length == 0 ? typeClass : GetClassNode.getPythonClassUncached(bases[0]);
            isClass = true;
        } else {
            isClass = meta instanceof PythonClass;
        }
        if (isClass) {
            meta = calculateMetaclass(node, (PythonClass) meta, bases);
        }
        PTuple basesTuple = new PTuple(bases);
        Object ns;
        Object prepare = PyObjectGetAttrNode.lookupAttributeUncached(meta, "__prepare__");
        if (prepare == PNone.NO_VALUE) {
            ns = new PDict();
        } else {
            ns = PyObjectCallNode.callUncached(prepare, new Object[]{name, basesTuple}, kwArray);
        }
        if (!isMapping(ns)) {
            String metaName = meta instanceof PythonClass mc ? mc.getName() : "<metaclass>";
            throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "%s.__prepare__() must return a mapping, not %s", metaName, PRaise.typeName(ns));
        }
        Object cell = body.getCode().getCallTarget().call(node, body, null, ns);
        if (bases != origBases) {
            setItem(ns, "__orig_bases__", new PTuple(origBases));
        }
        Object[] metaArgs = new Object[]{name, basesTuple, ns};
        Object cls = PyObjectCallNode.callUncached(meta, metaArgs, kwArray);
        if (cls instanceof PythonClass && cell instanceof PCell c) {
            Object cellValue = c.getRef();
            if (cellValue == null) {
                c.setRef(cls);
            } else if (cellValue != cls) {
                throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "__class__ set to %s defining '%s' as %s", PyObjectReprNode.repr(cellValue), name,
                                PyObjectReprNode.repr(cls));
            }
        }
        return cls;
    }

    private static boolean isMapping(Object ns) {
        if (ns instanceof PDict) {
            return true;
        }
        return GetClassNode.getPythonClassUncached(ns).lookup("__getitem__") != PNone.NO_VALUE;
    }

    private static void setItem(Object ns, String key, Object value) {
        if (ns instanceof PDict d) {
            d.setItem(key, value);
        } else {
            org.jpy.nodes.pyobject.PyObjectLookupSpecialNode.callSpecialUncached(ns, "__setitem__", key, value);
        }
    }

    /** PEP 560: bases that are not classes may substitute themselves through {@code __mro_entries__}. */
    private static Object[] updateBases(Node node, Object[] bases) {
        ArrayList<Object> result = null;
        for (int i = 0; i < bases.length; i++) {
            Object base = bases[i];
            if (base instanceof PythonClass) {
                if (result != null) {
                    result.add(base);
                }
                continue;
            }
            Object meth = PyObjectGetAttrNode.lookupAttributeUncached(base, "__mro_entries__");
            if (meth == PNone.NO_VALUE) {
                if (result != null) {
                    result.add(base);
                }
                continue;
            }
            Object entries = PyObjectCallNode.callUncached(meth, new PTuple(bases));
            if (!(entries instanceof PTuple t)) {
                throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "__mro_entries__ must return a tuple");
            }
            if (result == null) {
                result = new ArrayList<>(Arrays.asList(bases).subList(0, i));
            }
            result.addAll(Arrays.asList(t.getArray()));
        }
        return result == null ? bases : result.toArray();
    }

    /** The most derived metaclass among {@code meta} and the metaclasses of the bases. */
    static PythonClass calculateMetaclass(Node node, PythonClass meta, Object[] bases) {
        PythonClass winner = meta;
        for (Object base : bases) {
            PythonClass baseMeta = GetClassNode.getPythonClassUncached(base);
            if (winner.isSubtypeOf(baseMeta)) {
                continue;
            }
            if (baseMeta.isSubtypeOf(winner)) {
                winner = baseMeta;
                continue;
            }
            throw PRaise.raise(node, PythonBuiltinClassType.TypeError,
                            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
        }
        return winner;
    }

}
