package org.jpy.objects.type;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.FrameInstance;
import com.oracle.truffle.api.nodes.Node;

import org.jpy.nodes.pyobject.CallFunctionNode;
import org.jpy.nodes.pyobject.Descriptors;
import org.jpy.nodes.pyobject.GetClassNode;
import org.jpy.nodes.pyobject.PyObjectCallNode;
import org.jpy.objects.PNone;
import org.jpy.objects.PythonClass;
import org.jpy.objects.descriptor.MemberDescriptor;
import org.jpy.objects.descriptor.PDecoratedMethod;
import org.jpy.objects.dict.PDict;
import org.jpy.objects.function.PBuiltinFunction;
import org.jpy.objects.function.PCell;
import org.jpy.objects.function.PFunction;
import org.jpy.objects.object.InstanceDictDescriptors;
import org.jpy.objects.tuple.PTuple;
import org.jpy.runtime.JpyContext;
import org.jpy.runtime.PKeyword;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/**
 * {@code type.__new__(metatype, name, bases, namespace, **kwargs)}: CPython's {@code type_new}. Computes the most
 * derived metaclass, validates bases (acceptable base types, instance layout conflicts), copies the namespace and
 * post-processes it ({@code __qualname__}, {@code __slots__} into member descriptors, implicit
 * staticmethod/classmethod for {@code __new__}/{@code __init_subclass__}/{@code __class_getitem__},
 * {@code __hash__ = None} when only {@code __eq__} is defined, {@code __classcell__}), then runs
 * {@code __set_name__} on attributes and the parent's {@code __init_subclass__(**kwargs)}.
 */
public final class TypeCreation {
    private TypeCreation() {
    }

    @TruffleBoundary
    public static Object typeNew(Node node, Object metatypeObj, Object[] args, PKeyword[] kwargs) {
        JpyContext ctx = JpyContext.get(node);
        PythonClass typeType = ctx.lookupType(PythonBuiltinClassType.PythonClass);
        if (!(metatypeObj instanceof PythonClass metatype)) {
            throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "type.__new__(X): X is not a type object (%T)", metatypeObj);
        }
        if (metatype == typeType && args.length == 1 && kwargs.length == 0) {
            return GetClassNode.getPythonClassUncached(args[0]);
        }
        if (args.length != 3) {
            if (metatype == typeType) {
                throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "type() takes 1 or 3 arguments");
            }
            throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "type.__new__() takes exactly 3 arguments (%d given)", args.length);
        }
        if (!(args[0] instanceof String name)) {
            throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "type.__new__() argument 1 must be str, not %T", args[0]);
        }
        if (!(args[1] instanceof PTuple basesTuple)) {
            throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "type.__new__() argument 2 must be tuple, not %T", args[1]);
        }
        if (!(args[2] instanceof PDict namespace)) {
            throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "type.__new__() argument 3 must be dict, not %T", args[2]);
        }
        // most derived metaclass
        PythonClass winner = metatype;
        for (Object b : basesTuple.getArray()) {
            PythonClass bt = GetClassNode.getPythonClassUncached(b);
            if (winner.isSubtypeOf(bt)) {
                continue;
            }
            if (bt.isSubtypeOf(winner)) {
                winner = bt;
                continue;
            }
            throw PRaise.raise(node, PythonBuiltinClassType.TypeError,
                            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
        }
        if (winner != metatype) {
            Object winnerNew = winner.lookup("__new__");
            if (winnerNew instanceof PDecoratedMethod dm) {
                winnerNew = dm.getCallable();
            }
            if (!(winnerNew instanceof PBuiltinFunction bf && bf.getQualName().equals("type.__new__"))) {
                return CallFunctionNode.callUncached(winnerNew, winner, args, kwargs);
            }
            metatype = winner;
        }
        PythonClass[] bases;
        if (basesTuple.size() == 0) {
            bases = new PythonClass[]{ctx.lookupType(PythonBuiltinClassType.PythonObject)};
        } else {
            bases = new PythonClass[basesTuple.size()];
            for (int i = 0; i < bases.length; i++) {
                if (!(basesTuple.get(i) instanceof PythonClass b)) {
                    throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "bases must be types");
                }
                if (!b.isAcceptableBase()) {
                    throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "type '%s' is not an acceptable base type", b.getName());
                }
                bases[i] = b;
            }
        }
        checkLayout(node, bases);
        PDict ns = new PDict(PythonBuiltinClassType.PDict, namespace.getTable().copy());
        String qualname = name;
        Object q = ns.getItem("__qualname__");
        if (q != null) {
            if (!(q instanceof String qs)) {
                throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "type __qualname__ must be a str, not %T", q);
            }
            qualname = qs;
            ns.delItem("__qualname__");
        }
        if (ns.getItem("__module__") == null) {
            Object mod = callerModuleName();
            if (mod != null) {
                ns.setItem("__module__", mod);
            }
        }
        if (ns.getItem("__doc__") == null) {
            ns.setItem("__doc__", PNone.NONE);
        }
        for (String implicitStatic : new String[]{"__new__"}) {
            Object f = ns.getItem(implicitStatic);
            if (f instanceof PFunction) {
                ns.setItem(implicitStatic, new PDecoratedMethod(PythonBuiltinClassType.PStaticMethod, f, true));
            }
        }
        for (String implicitClass : new String[]{"__init_subclass__", "__class_getitem__"}) {
            Object f = ns.getItem(implicitClass);
            if (f instanceof PFunction) {
                ns.setItem(implicitClass, new PDecoratedMethod(PythonBuiltinClassType.PClassMethod, f, false));
            }
        }
        if (ns.getItem("__eq__") != null && ns.getItem("__hash__") == null) {
            ns.setItem("__hash__", PNone.NONE);
        }
        Object classCell = ns.delItem("__classcell__");
        String[] slots = null;
        Object slotsObj = ns.getItem("__slots__");
        if (slotsObj != null) {
            slots = parseSlots(node, slotsObj, name, ns);
        }
        PythonClass cls = new PythonClass(metatype, name, qualname, bases, ns);
        boolean baseHasDict = false;
        for (PythonClass b : bases) {
            baseHasDict |= b.instancesHaveDict();
        }
        boolean hasDict = slots == null || baseHasDict || contains(slots, "__dict__");
        boolean hasWeakref = slots == null || contains(slots, "__weakref__");
        cls.setInstancesHaveDict(hasDict);
        if (slots != null) {
            List<String> real = new ArrayList<>();
            for (String s : slots) {
                if (!s.equals("__dict__") && !s.equals("__weakref__")) {
                    String mangled = mangle(qualnameClassName(name), s);
                    real.add(mangled);
                    ns.setItem(mangled, new MemberDescriptor(mangled, cls));
                }
            }
            cls.setSlots(real.toArray(new String[0]));
        }
        if (hasDict && lookupInBases(bases, "__dict__") == PNone.NO_VALUE) {
            ns.setItem("__dict__", InstanceDictDescriptors.createDictDescriptor(ctx.getLanguage(), cls, name));
        }
        if (hasWeakref && lookupInBases(bases, "__weakref__") == PNone.NO_VALUE) {
            ns.setItem("__weakref__", InstanceDictDescriptors.createWeakrefDescriptor(ctx.getLanguage(), cls, name));
        }
        // a metaclass may customize the MRO through mro()
        Object mroMethod = metatype.lookup("mro");
        if (mroMethod != PNone.NO_VALUE && !(mroMethod instanceof PBuiltinFunction)) {
            Object result = CallFunctionNode.callMethodUncached(mroMethod, cls, new Object[0]);
            List<PythonClass> mro = new ArrayList<>();
            for (Object v : org.jpy.nodes.pyobject.PyIterableToArray.toArray(result)) {
                if (!(v instanceof PythonClass pc)) {
                    throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "mro() returned a non-class ('%T')", v);
                }
                mro.add(pc);
            }
            cls.setBasesAndMro(bases, mro.toArray(new PythonClass[0]));
        }
        if (classCell != null) {
            if (!(classCell instanceof PCell cell)) {
                throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "__classcell__ must be a nonlocal cell, not %R", GetClassNode.getPythonClassUncached(classCell));
            }
            cell.setRef(cls);
        }
        cls.invalidateLookups();
        // __set_name__
        for (Object key : ns.keys()) {
            Object value = ns.getItem(key);
            if (value == null) {
                continue;
            }
            Object setName = GetClassNode.getPythonClassUncached(value).lookup("__set_name__");
            if (setName != PNone.NO_VALUE) {
                CallFunctionNode.callMethodUncached(setName, value, new Object[]{cls, key});
            }
        }
        // super(cls, cls).__init_subclass__(**kwargs)
        PythonClass[] mro = cls.getMro();
        for (int i = 1; i < mro.length; i++) {
            Object init = mro[i].getDict().getItem("__init_subclass__");
            if (init != null) {
                Object bound = Descriptors.hasGet(init) ? Descriptors.get(node, init, cls, cls) : init;
                PyObjectCallNode.callUncached(bound, new Object[0], kwargs);
                break;
            }
        }
        return cls;
    }

    private static boolean contains(String[] a, String s) {
        for (String x : a) {
            if (x.equals(s)) {
                return true;
            }
        }
        return false;
    }

    private static String qualnameClassName(String name) {
        int i = 0;
        while (i < name.length() && name.charAt(i) == '_') {
            i++;
        }
        return name.substring(i);
    }

    /** Private name mangling: {@code __x} in class {@code A} becomes {@code _A__x}. */
    public static String mangle(String strippedClassName, String name) {
        if (!name.startsWith("__") || name.endsWith("__") || name.indexOf('.') >= 0 || strippedClassName.isEmpty()) {
            return name;
        }
        return "_" + strippedClassName + name;
    }

    private static Object lookupInBases(PythonClass[] bases, String name) {
        for (PythonClass b : bases) {
            Object v = b.lookup(name);
            if (v != PNone.NO_VALUE) {
                return v;
            }
        }
        return PNone.NO_VALUE;
    }

    /**
     * CPython's "solid base" of a builtin type: the nearest type that adds fields to the instance layout. Most
     * exception classes add none (they share BaseException's layout), so {@code class E(LookupError, SystemError)}
     * and {@code class U(OSError, ValueError)} are fine while {@code class X(OSError, SyntaxError)} is not.
     */
    static PythonBuiltinClassType solidBase(PythonBuiltinClassType t) {
        PythonBuiltinClassType c = t;
        while (c != PythonBuiltinClassType.BaseException && c.isSubtypeOf(PythonBuiltinClassType.BaseException) && !addsExceptionLayout(c)) {
            PythonBuiltinClassType[] bases = c.getBases();
            if (bases == null || bases.length == 0) {
                break;
            }
            c = bases[0];
        }
        return c;
    }

    private static boolean addsExceptionLayout(PythonBuiltinClassType t) {
        return switch (t) {
            case OSError, SyntaxError, ImportError, StopIteration, SystemExit, UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError,
                            AttributeError, NameError, BaseExceptionGroup -> true;
            default -> false;
        };
    }

    private static void checkLayout(Node node, PythonClass[] bases) {
        PythonBuiltinClassType solid = PythonBuiltinClassType.PythonObject;
        boolean slotted = false;
        for (PythonClass b : bases) {
            PythonBuiltinClassType bb = solidBase(b.getBuiltinBase());
            if (bb.isSubtypeOf(solid)) {
                solid = bb;
            } else if (!solid.isSubtypeOf(bb)) {
                throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "multiple bases have instance lay-out conflict");
            }
            boolean hasSlots = false;
            for (PythonClass c : b.getMro()) {
                if (c.getSlots() != null && c.getSlots().length > 0) {
                    hasSlots = true;
                }
            }
            if (hasSlots) {
                if (slotted) {
                    throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "multiple bases have instance lay-out conflict");
                }
                slotted = true;
            }
        }
    }

    private static String[] parseSlots(Node node, Object slotsObj, String className, PDict ns) {
        List<String> names = new ArrayList<>();
        if (slotsObj instanceof String s) {
            names.add(s);
        } else {
            for (Object v : org.jpy.nodes.pyobject.PyIterableToArray.toArray(slotsObj)) {
                if (!(v instanceof String s)) {
                    throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "__slots__ items must be strings, not '%T'", v);
                }
                names.add(s);
            }
        }
        boolean seenDict = false;
        boolean seenWeakref = false;
        for (String s : names) {
            if (!isIdentifier(s)) {
                throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "__slots__ must be identifiers");
            }
            if (s.equals("__dict__")) {
                if (seenDict) {
                    throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "__dict__ slot disallowed: we already got one");
                }
                seenDict = true;
            } else if (s.equals("__weakref__")) {
                if (seenWeakref) {
                    throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "__weakref__ slot disallowed: we already got one");
                }
                seenWeakref = true;
            } else if (ns.getItem(mangle(qualnameClassName(className), s)) != null) {
                throw PRaise.raise(node, PythonBuiltinClassType.ValueError, "%R in __slots__ conflicts with class variable", s);
            }
        }
        return names.toArray(new String[0]);
    }

    private static boolean isIdentifier(String s) {
        if (s.isEmpty() || !(Character.isUnicodeIdentifierStart(s.codePointAt(0)) || s.charAt(0) == '_')) {
            return false;
        }
        return s.codePoints().allMatch(c -> Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c));
    }

    /** {@code __name__} of the globals of the nearest Python frame (for {@code type(name, bases, dict)} called from code). */
    @TruffleBoundary
    public static Object callerModuleName() {
        Object result = Truffle.getRuntime().iterateFrames((FrameInstance fi) -> {
            Object[] a = fi.getFrame(FrameInstance.FrameAccess.READ_ONLY).getArguments();
            if (a.length > 0) {
                if (a[0] instanceof PFunction f && f.getGlobals() != null) {
                    return f.getGlobals().getItem("__name__");
                }
                if (a[0] instanceof PDict globals) {
                    return globals.getItem("__name__");
                }
                if (a[0] instanceof org.jpy.objects.module.PythonModule m) {
                    return m.getName();
                }
            }
            return null;
        });
        return result;
    }
}
