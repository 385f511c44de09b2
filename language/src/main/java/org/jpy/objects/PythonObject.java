package org.jpy.objects;

import java.lang.invoke.MethodHandles;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.object.DynamicObject;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.object.Shape;

import org.jpy.JpyLanguage;
import org.jpy.nodes.pyobject.PyObjectReprNode;
import org.jpy.objects.dict.PDict;
import org.jpy.runtime.JpyContext;
import org.jpy.runtime.PythonBuiltinClassType;

/**
 * Base of every Python object that is not a JVM primitive ({@code Long}, {@code Double}, {@code String}, ...)
 * or a stateless singleton ({@link PNone}...).
 *
 * <p>Three pieces of state live here because every object may need them in O(1):
 * <ul>
 * <li>the Python class: either a {@link PythonBuiltinClassType} (objects created by builtins never need the
 * context to be created; {@code GetClassNode} resolves the enum to the context's {@link PythonClass}) or a
 * {@link PythonClass} (instances of heap types, or after {@code __class__} assignment);</li>
 * <li>instance attributes: in the {@link DynamicObject} shape (one property per attribute name, cached by the
 * shape in attribute nodes) until something asks for {@code __dict__}; then they move once into a real
 * {@link PDict} ({@link #getDict()}) which is authoritative from then on. Modules and classes start with a
 * dict (their namespace);</li>
 * <li>the builtin value of instances of user subclasses of immutable builtins ({@code class I(int)}):
 * {@link #getBuiltinValue()} is the {@code Long}/{@code String}/... the builtin methods operate on.</li>
 * </ul>
 */
@ExportLibrary(InteropLibrary.class)
public class PythonObject extends DynamicObject {
    /** The shape every object starts with; attribute names are interned {@code String}s. */
    public static final Shape ROOT_SHAPE = Shape.newBuilder().layout(PythonObject.class, MethodHandles.lookup()).build();

    private Object pythonClass;
    private PDict dict;
    private Object builtinValue;
    /** {@code id(self)}, assigned on first request (0: not yet). */
    private long id;

    public PythonObject(Object pythonClass) {
        super(ROOT_SHAPE);
        assert pythonClass instanceof PythonClass || pythonClass instanceof PythonBuiltinClassType : pythonClass;
        this.pythonClass = pythonClass;
    }

    protected PythonObject(Object pythonClass, Shape shape) {
        super(shape);
        this.pythonClass = pythonClass;
    }

    /** The class as stored: a {@link PythonClass} or a {@link PythonBuiltinClassType}. Use {@code GetClassNode} to resolve. */
    public final Object getStoredPythonClass() {
        return pythonClass;
    }

    /** Slow path: the resolved class (needs the current context when the stored class is a builtin type). */
    public final PythonClass getPythonClass() {
        Object c = pythonClass;
        if (c instanceof PythonClass pc) {
            return pc;
        }
        return JpyContext.get(null).lookupType((PythonBuiltinClassType) c);
    }

    /** {@code __class__} assignment; the caller checked CPython's layout rules. */
    public final void setPythonClass(Object cls) {
        this.pythonClass = cls;
    }

    /** The materialized {@code __dict__}, or {@code null} while attributes still live in the shape. */
    public final PDict getDict() {
        return dict;
    }

    public final void setDict(PDict dict) {
        this.dict = dict;
    }

    public final Object getBuiltinValue() {
        return builtinValue;
    }

    public final void setBuiltinValue(Object value) {
        this.builtinValue = value;
    }

    public final long getId() {
        return id;
    }

    public final void setId(long id) {
        this.id = id;
    }

    /**
     * Moves shape-held attributes into a fresh {@link PDict} (once) and returns it: what {@code obj.__dict__}
     * needs so that later writes through the dict are seen by attribute access.
     */
    @TruffleBoundary
    public final PDict getOrCreateDict() {
        if (dict == null) {
            PDict d = new PDict();
            DynamicObjectLibrary lib = DynamicObjectLibrary.getUncached();
            for (Object key : lib.getKeyArray(this)) {
                if (key instanceof String) {
                    d.setItem(key, lib.getOrDefault(this, key, PNone.NO_VALUE));
                    lib.removeKey(this, key);
                }
            }
            dict = d;
        }
        return dict;
    }

    /** Slow-path read of an instance attribute ({@code PNone.NO_VALUE} when absent). */
    @TruffleBoundary
    public final Object readAttribute(String name) {
        if (dict != null) {
            Object v = dict.getItem(name);
            return v == null ? PNone.NO_VALUE : v;
        }
        return DynamicObjectLibrary.getUncached().getOrDefault(this, name, PNone.NO_VALUE);
    }

    /** Slow-path write of an instance attribute. */
    @TruffleBoundary
    public final void writeAttribute(String name, Object value) {
        if (dict != null) {
            dict.setItem(name, value);
        } else {
            DynamicObjectLibrary.getUncached().put(this, name, value);
        }
    }

    /** Slow-path delete; false when the attribute did not exist. */
    @TruffleBoundary
    public final boolean deleteAttribute(String name) {
        if (dict != null) {
            return dict.delItem(name) != null;
        }
        return DynamicObjectLibrary.getUncached().removeKey(this, name);
    }

    @ExportMessage
    boolean hasLanguage() {
        return true;
    }

    @ExportMessage
    Class<JpyLanguage> getLanguage() {
        return JpyLanguage.class;
    }

    @ExportMessage
    @TruffleBoundary
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        try {
            return PyObjectReprNode.repr(this);
        } catch (RuntimeException e) {
            return "<" + getClass().getSimpleName() + ">";
        }
    }

    @ExportMessage
    boolean hasMetaObject() {
        return true;
    }

    @ExportMessage
    Object getMetaObject() {
        return getPythonClassForInterop();
    }

    @TruffleBoundary
    private Object getPythonClassForInterop() {
        return getPythonClass();
    }

    @ExportMessage
    boolean isMetaObject() {
        return this instanceof PythonClass;
    }

    @ExportMessage
    @TruffleBoundary
    Object getMetaQualifiedName() throws UnsupportedMessageException {
        if (this instanceof PythonClass c) {
            Object m = c.getModuleName();
            return m instanceof String s && !s.equals("builtins") ? s + "." + c.getQualName() : c.getQualName();
        }
        throw UnsupportedMessageException.create();
    }

    @ExportMessage
    @TruffleBoundary
    Object getMetaSimpleName() throws UnsupportedMessageException {
        if (this instanceof PythonClass c) {
            return c.getName();
        }
        throw UnsupportedMessageException.create();
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMetaInstance(Object instance) throws UnsupportedMessageException {
        if (this instanceof PythonClass c) {
            return org.jpy.nodes.pyobject.GetClassNode.getPythonClassUncached(instance).isSubtypeOf(c);
        }
        throw UnsupportedMessageException.create();
    }

    @Override
    public String toString() {
        CompilerDirectives.transferToInterpreter();
        return "<" + getClass().getSimpleName() + " of " + pythonClass + ">";
    }
}
