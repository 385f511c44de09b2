package org.jpy.nodes.pyobject;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.object.DynamicObjectLibrary;

import org.jpy.objects.PNone;
import org.jpy.objects.PythonClass;
import org.jpy.objects.PythonObject;
import org.jpy.objects.descriptor.GetSetDescriptor;
import org.jpy.objects.descriptor.MemberDescriptor;
import org.jpy.objects.descriptor.PDecoratedMethod;
import org.jpy.objects.descriptor.PProperty;
import org.jpy.objects.function.PBuiltinFunction;
import org.jpy.objects.function.PBuiltinMethod;
import org.jpy.objects.function.PFunction;
import org.jpy.objects.function.PMethod;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/**
 * The descriptor protocol ({@code __get__}/{@code __set__}/{@code __delete__}) with direct implementations for
 * the descriptor kinds jpy implements in Java (functions, builtin method descriptors, getset/member
 * descriptors, property, classmethod/staticmethod) and a generic path through the descriptor's class for user
 * descriptors. "No instance" (attribute read through the class) is Java {@code null}, distinct from {@code None}.
 */
public final class Descriptors {
    private Descriptors() {
    }

    /** Does {@code type(d)} define {@code __set__} or {@code __delete__}? */
    public static boolean isDataDescriptor(Object d) {
        if (d instanceof GetSetDescriptor || d instanceof MemberDescriptor || d instanceof PProperty) {
            return true;
        }
        if (!(d instanceof PythonObject po) || d instanceof PFunction || d instanceof PBuiltinFunction || d instanceof PDecoratedMethod) {
            return false;
        }
        if (po.getStoredPythonClass() instanceof PythonClass pc) {
            return (pc.getDescriptorFlags() & PythonClass.DESCR_SET) != 0;
        }
        // the builtin data descriptors are handled above; other builtin types define no __set__
        return false;
    }

    private static boolean isBuiltinKind(Object d) {
        return d instanceof GetSetDescriptor || d instanceof MemberDescriptor || d instanceof PProperty || d instanceof PDecoratedMethod;
    }

    /** Does {@code type(d)} define {@code __get__}? */
    public static boolean hasGet(Object d) {
        if (!(d instanceof PythonObject)) {
            return false;
        }
        if (d instanceof PFunction || d instanceof GetSetDescriptor || d instanceof MemberDescriptor || d instanceof PDecoratedMethod || d instanceof PProperty) {
            return true;
        }
        if (d instanceof PBuiltinFunction bf) {
            return bf.getStoredPythonClass() != PythonBuiltinClassType.PBuiltinFunction;
        }
        Object c = ((PythonObject) d).getStoredPythonClass();
        if (c instanceof PythonClass pc) {
            return (pc.getDescriptorFlags() & PythonClass.DESCR_GET) != 0;
        }
        return c == PythonBuiltinClassType.PSuper || c == PythonBuiltinClassType.PMethod;
    }

    /**
     * {@code descr.__get__(instance, owner)}; {@code instance == null} means look-up through the class.
     */
    public static Object get(Node node, Object descr, Object instance, PythonClass owner) {
        if (descr instanceof PFunction fn) {
            return instance == null ? fn : new PMethod(instance, fn);
        }
        if (descr instanceof PBuiltinFunction bf) {
            Object c = bf.getStoredPythonClass();
            if (c == PythonBuiltinClassType.PClassMethodDescriptor) {
                return new PBuiltinMethod(owner, bf);
            }
            if (c == PythonBuiltinClassType.PBuiltinFunction || instance == null) {
                return bf;
            }
            return new PBuiltinMethod(instance, bf);
        }
        Node prev = CallLocation.enter(node);
        try {
            return getSlow(node, descr, instance, owner);
        } finally {
            CallLocation.exit(prev);
        }
    }

    @TruffleBoundary
    private static Object getSlow(Node node, Object descr, Object instance, PythonClass owner) {
        if (isBuiltinKind(descr)) {
            if (descr instanceof GetSetDescriptor gs) {
                if (instance == null) {
                    return gs;
                }
                return CallFunctionNode.callUncached(gs.getAccessor(), instance, new Object[]{PNone.NO_VALUE}, org.jpy.runtime.PKeyword.EMPTY);
            }
            if (descr instanceof MemberDescriptor md) {
                if (instance == null) {
                    return md;
                }
                Object v = instance instanceof PythonObject po ? DynamicObjectLibrary.getUncached().getOrDefault(po, md.getStorageKey(), PNone.NO_VALUE) : PNone.NO_VALUE;
                if (v == PNone.NO_VALUE) {
                    throw PRaise.raise(node, PythonBuiltinClassType.AttributeError, "'%s' object has no attribute '%s'", PRaise.typeName(instance), md.getName());
                }
                return v;
            }
            if (descr instanceof PProperty p) {
                if (instance == null) {
                    return p;
                }
                if (p.getFget() == PNone.NONE) {
                    Object n = p.getName();
                    if (n instanceof String) {
                        throw PRaise.raise(node, PythonBuiltinClassType.AttributeError, "property %r of '%s' object has no getter", n, PRaise.typeName(instance));
                    }
                    throw PRaise.raise(node, PythonBuiltinClassType.AttributeError, "property of '%s' object has no getter", PRaise.typeName(instance));
                }
                return PyObjectCallNode.callUncached(p.getFget(), instance);
            }
            if (descr instanceof PDecoratedMethod dm) {
                if (dm.isStaticMethod()) {
                    return dm.getCallable();
                }
                Object klass = owner != null ? owner : GetClassNode.getPythonClassUncached(instance);
                Object f = dm.getCallable();
                if (f instanceof PFunction || f instanceof PBuiltinFunction) {
                    return new PMethod(klass, f);
                }
                if (hasGet(f)) {
                    return get(node, f, klass, GetClassNode.getPythonClassUncached(klass));
                }
                return new PMethod(klass, f);
            }
        }
        Object getter = GetClassNode.getPythonClassUncached(descr).lookup("__get__");
        if (getter == PNone.NO_VALUE) {
            return descr;
        }
        return CallFunctionNode.callMethodUncached(getter, descr, new Object[]{instance == null ? PNone.NONE : instance, owner == null ? PNone.NONE : owner});
    }

    /** {@code descr.__set__(instance, value)} or, with {@code value == null}, {@code descr.__delete__(instance)}. */
    public static void set(Node node, Object descr, Object instance, Object value, Object attrName) {
        Node prev = CallLocation.enter(node);
        try {
            setSlow(node, descr, instance, value, attrName);
        } finally {
            CallLocation.exit(prev);
        }
    }

    @TruffleBoundary
    private static void setSlow(Node node, Object descr, Object instance, Object value, Object attrName) {
        if (isBuiltinKind(descr)) {
            if (descr instanceof GetSetDescriptor gs) {
                if (value == null ? !gs.isDeletable() : !gs.isSettable()) {
                    if (value == null && gs.isSettable()) {
                        throw PRaise.raise(node, PythonBuiltinClassType.TypeError, "cannot delete '%s' attribute of '%s' objects", gs.getName(), ownerName(gs.getOwnerType()));
                    }
                    throw PRaise.raise(node, PythonBuiltinClassType.AttributeError, "attribute '%s' of '%s' objects is not writable", gs.getName(), ownerName(gs.getOwnerType()));
                }
                CallFunctionNode.callUncached(gs.getAccessor(), instance, new Object[]{value == null ? GetSetDescriptor.DELETE_MARKER : value}, org.jpy.runtime.PKeyword.EMPTY);
                return;
            }
            if (descr instanceof MemberDescriptor md) {
                PythonObject po = (PythonObject) instance;
                if (value == null) {
                    if (!DynamicObjectLibrary.getUncached().removeKey(po, md.getStorageKey())) {
                        throw PRaise.raise(node, PythonBuiltinClassType.AttributeError, "'%s' object has no attribute '%s'", PRaise.typeName(instance), md.getName());
                    }
                } else {
                    DynamicObjectLibrary.getUncached().put(po, md.getStorageKey(), value);
                }
                return;
            }
            if (descr instanceof PProperty p) {
                Object f = value == null ? p.getFdel() : p.getFset();
                if (f == PNone.NONE) {
                    String what = value == null ? "deleter" : "setter";
                    if (p.getName() instanceof String) {
                        throw PRaise.raise(node, PythonBuiltinClassType.AttributeError, "property %r of '%s' object has no %s", p.getName(), PRaise.typeName(instance), what);
                    }
                    throw PRaise.raise(node, PythonBuiltinClassType.AttributeError, "property of '%s' object has no %s", PRaise.typeName(instance), what);
                }
                if (value == null) {
                    PyObjectCallNode.callUncached(f, instance);
                } else {
                    PyObjectCallNode.callUncached(f, instance, value);
                }
                return;
            }
        }
        PythonClass t = GetClassNode.getPythonClassUncached(descr);
        if (value == null) {
            Object deleter = t.lookup("__delete__");
            if (deleter == PNone.NO_VALUE) {
                throw PRaise.raise(node, PythonBuiltinClassType.AttributeError, "__delete__");
            }
            CallFunctionNode.callMethodUncached(deleter, descr, new Object[]{instance});
        } else {
            Object setter = t.lookup("__set__");
            if (setter == PNone.NO_VALUE) {
                throw PRaise.raise(node, PythonBuiltinClassType.AttributeError, "__set__");
            }
            CallFunctionNode.callMethodUncached(setter, descr, new Object[]{instance, value});
        }
    }

    private static String ownerName(Object owner) {
        return owner instanceof PythonClass pc ? pc.getName() : ((PythonBuiltinClassType) owner).getName();
    }
}
