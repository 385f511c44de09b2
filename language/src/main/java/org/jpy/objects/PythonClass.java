package org.jpy.objects;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.utilities.CyclicAssumption;

import org.jpy.objects.dict.PDict;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/**
 * A Python class (an instance of {@code type} or of a metaclass). Its namespace is a {@link PDict} (the
 * object's {@link #getDict() dict}), exposed read-only as a mappingproxy by {@code type.__dict__}.
 *
 * <p>Attribute look-up along the MRO is what nearly every operation does, so it is cached by nodes under
 * {@link #getLookupStableAssumption()}: a {@link CyclicAssumption} invalidated whenever this class's
 * namespace, bases or MRO change, or those of any class in its MRO ({@link #invalidateLookups()} walks the
 * weakly-held subclasses). All mutation of a class namespace must go through {@link #setAttribute} /
 * {@link #deleteAttribute} for that reason.
 */
public final class PythonClass extends PythonObject {
    private String name;
    private String qualname;
    @CompilationFinal(dimensions = 1) private PythonClass[] bases;
    @CompilationFinal(dimensions = 1) private PythonClass[] mro;
    /** The builtin class this is, or {@code null} for heap types. */
    private final PythonBuiltinClassType builtinType;
    /** The nearest builtin ancestor (what {@code __new__} of that builtin allocates); {@code object} for plain classes. */
    private PythonBuiltinClassType builtinBase;
    private final boolean heapType;
    private boolean acceptableBase;
    /** Instances may have a {@code __dict__} (heap types without {@code __slots__}, or builtin types flagged DICT). */
    private boolean instancesHaveDict;
    /** {@code __slots__} names declared by this class (null when none declared). */
    private String[] slots;
    private final List<WeakReference<PythonClass>> subclasses = new ArrayList<>();
    private final CyclicAssumption lookupStable;
    /** Cached "instances of this class are descriptors" bits ({@link #DESCR_GET}, ...); -1 = unknown. Reset on any change. */
    private int descriptorFlags = -1;
    public static final int DESCR_GET = 1;
    public static final int DESCR_SET = 2;

    /** Set by {@code abc} support: {@code __abstractmethods__} non-empty. */
    private boolean isAbstract;

    /** Creates a builtin class; the context fixes bases/MRO afterwards with {@link #setBasesAndMro}. */
    public PythonClass(PythonBuiltinClassType builtinType) {
        super(PythonBuiltinClassType.PythonClass);
        this.builtinType = builtinType;
        this.builtinBase = builtinType;
        this.name = builtinType.getName();
        this.qualname = builtinType.getName();
        this.heapType = false;
        this.acceptableBase = builtinType.isAcceptableBase();
        this.instancesHaveDict = builtinType.hasInstanceDict();
        this.lookupStable = new CyclicAssumption(name);
        setDict(new PDict());
    }

    /** Creates a heap type ({@code class} statement or {@code type(name, bases, dict)}); MRO is computed here. */
    @TruffleBoundary
    public PythonClass(Object metaclass, String name, String qualname, PythonClass[] bases, PDict namespace) {
        super(metaclass);
        this.builtinType = null;
        this.name = name;
        this.qualname = qualname;
        this.heapType = true;
        this.acceptableBase = true;
        this.lookupStable = new CyclicAssumption(name);
        setDict(namespace);
        this.instancesHaveDict = true;
        setBasesAndMro(bases, computeMro(this, bases));
        this.builtinBase = PythonBuiltinClassType.PythonObject;
        for (PythonClass b : bases) {
            PythonBuiltinClassType bb = b.getBuiltinBase();
            if (bb != PythonBuiltinClassType.PythonObject && bb.isSubtypeOf(this.builtinBase)) {
                this.builtinBase = bb;
            }
        }
    }

    @TruffleBoundary
    public void setBasesAndMro(PythonClass[] newBases, PythonClass[] newMro) {
        if (this.bases != null) {
            for (PythonClass b : this.bases) {
                b.removeSubclass(this);
            }
        }
        this.bases = newBases;
        this.mro = newMro;
        for (PythonClass b : newBases) {
            b.addSubclass(this);
        }
        invalidateLookups();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getQualName() {
        return qualname;
    }

    public void setQualName(String qualname) {
        this.qualname = qualname;
    }

    public PythonClass[] getBases() {
        return bases;
    }

    /** {@code __mro__}: this class first. */
    public PythonClass[] getMro() {
        return mro;
    }

    /** {@code __base__}: the first base (CPython picks the "solid" base; equal for all but exotic layouts). */
    public PythonClass getBase() {
        if (bases == null || bases.length == 0) {
            return null;
        }
        for (PythonClass b : bases) {
            if (b.builtinBase != PythonBuiltinClassType.PythonObject && b.builtinBase == builtinBase) {
                return b;
            }
        }
        return bases[0];
    }

    public PythonBuiltinClassType getBuiltinType() {
        return builtinType;
    }

    /** The builtin class whose instance layout this class's instances use ({@code list} for {@code class L(list)}). */
    public PythonBuiltinClassType getBuiltinBase() {
        return builtinBase;
    }

    public boolean isHeapType() {
        return heapType;
    }

    public boolean isAcceptableBase() {
        return acceptableBase;
    }

    public boolean instancesHaveDict() {
        return instancesHaveDict;
    }

    public void setInstancesHaveDict(boolean value) {
        this.instancesHaveDict = value;
    }

    public String[] getSlots() {
        return slots;
    }

    public void setSlots(String[] slots) {
        this.slots = slots;
    }

    public boolean isAbstract() {
        return isAbstract;
    }

    public void setAbstract(boolean value) {
        this.isAbstract = value;
    }

    /** Valid while neither this class nor any class in its MRO changed. */
    public Assumption getLookupStableAssumption() {
        return lookupStable.getAssumption();
    }

    /** Invalidates cached look-ups on this class and, transitively, on all its subclasses. */
    @TruffleBoundary
    public void invalidateLookups() {
        descriptorFlags = -1;
        lookupStable.invalidate();
        for (PythonClass sub : getSubclasses()) {
            sub.invalidateLookups();
        }
    }

    @TruffleBoundary
    private void addSubclass(PythonClass sub) {
        subclasses.add(new WeakReference<>(sub));
    }

    @TruffleBoundary
    private void removeSubclass(PythonClass sub) {
        subclasses.removeIf(r -> r.get() == null || r.get() == sub);
    }

    /** {@code __subclasses__()}: the live direct subclasses in creation order. */
    @TruffleBoundary
    public List<PythonClass> getSubclasses() {
        List<PythonClass> result = new ArrayList<>();
        subclasses.removeIf(r -> r.get() == null);
        for (WeakReference<PythonClass> r : subclasses) {
            PythonClass c = r.get();
            if (c != null) {
                result.add(c);
            }
        }
        return result;
    }

    /** Slow path: the attribute {@code key} found along the MRO, or {@link PNone#NO_VALUE}. */
    @TruffleBoundary
    public Object lookup(Object key) {
        for (PythonClass c : mro) {
            Object v = c.getDict().getItem(key);
            if (v != null) {
                return v;
            }
        }
        return PNone.NO_VALUE;
    }

    /** Slow path: the class in the MRO whose namespace defines {@code key}, or {@code null}. */
    @TruffleBoundary
    public PythonClass lookupDefiningClass(Object key) {
        for (PythonClass c : mro) {
            if (c.getDict().getItem(key) != null) {
                return c;
            }
        }
        return null;
    }

    /** Sets an attribute in this class's own namespace (no immutability check) and invalidates caches. */
    @TruffleBoundary
    public void setAttribute(Object key, Object value) {
        getDict().setItem(key, value);
        invalidateLookups();
    }

    /** Deletes from this class's own namespace; false if absent. */
    @TruffleBoundary
    public boolean deleteAttribute(Object key) {
        boolean removed = getDict().delItem(key) != null;
        if (removed) {
            invalidateLookups();
        }
        return removed;
    }

    /** Whether instances of this class define {@code __get__} ({@link #DESCR_GET}) / {@code __set__} or {@code __delete__} ({@link #DESCR_SET}). */
    public int getDescriptorFlags() {
        int f = descriptorFlags;
        if (f < 0) {
            f = computeDescriptorFlags();
        }
        return f;
    }

    @TruffleBoundary
    private int computeDescriptorFlags() {
        int f = 0;
        if (lookup("__get__") != PNone.NO_VALUE) {
            f |= DESCR_GET;
        }
        if (lookup("__set__") != PNone.NO_VALUE || lookup("__delete__") != PNone.NO_VALUE) {
            f |= DESCR_SET;
        }
        descriptorFlags = f;
        return f;
    }

    /** Is {@code this} a subclass of {@code other} (by MRO)? */
    public boolean isSubtypeOf(PythonClass other) {
        if (this == other) {
            return true;
        }
        for (PythonClass c : mro) {
            if (c == other) {
                return true;
            }
        }
        return false;
    }

    /** {@code __module__} from the namespace ({@code "builtins"} for builtin types). */
    @TruffleBoundary
    public Object getModuleName() {
        if (builtinType != null) {
            return builtinType.getModule();
        }
        Object m = getDict().getItem("__module__");
        return m == null ? PNone.NONE : m;
    }

    /**
     * C3 linearization: {@code [cls] + merge(mro(b1), ..., mro(bn), [b1, ..., bn])}. On failure raises
     * CPython's TypeError naming the heads that could not be merged.
     */
    @TruffleBoundary
    public static PythonClass[] computeMro(PythonClass cls, PythonClass[] bases) {
        for (int i = 0; i < bases.length; i++) {
            for (int j = i + 1; j < bases.length; j++) {
                if (bases[i] == bases[j]) {
                    throw PRaise.raise(null, PythonBuiltinClassType.TypeError, "duplicate base class %s", bases[i].getName());
                }
            }
        }
        List<List<PythonClass>> toMerge = new ArrayList<>();
        for (PythonClass b : bases) {
            toMerge.add(new ArrayList<>(List.of(b.getMro())));
        }
        toMerge.add(new ArrayList<>(List.of(bases)));
        List<PythonClass> result = new ArrayList<>();
        result.add(cls);
        while (true) {
            boolean empty = true;
            PythonClass next = null;
            for (List<PythonClass> l : toMerge) {
                if (l.isEmpty()) {
                    continue;
                }
                empty = false;
                PythonClass candidate = l.get(0);
                boolean inTail = false;
                for (List<PythonClass> other : toMerge) {
                    if (other.indexOf(candidate) > 0) {
                        inTail = true;
                        break;
                    }
                }
                if (!inTail) {
                    next = candidate;
                    break;
                }
            }
            if (empty) {
                break;
            }
            if (next == null) {
                LinkedHashSet<String> names = new LinkedHashSet<>();
                for (List<PythonClass> l : toMerge) {
                    if (!l.isEmpty()) {
                        names.add(l.get(0).getName());
                    }
                }
                throw PRaise.raise(null, PythonBuiltinClassType.TypeError, "Cannot create a consistent method resolution\norder (MRO) for bases %s",
                                String.join(", ", names));
            }
            result.add(next);
            for (List<PythonClass> l : toMerge) {
                if (!l.isEmpty() && l.get(0) == next) {
                    l.remove(0);
                }
            }
        }
        return result.toArray(new PythonClass[0]);
    }

    @Override
    public String toString() {
        return "<class '" + name + "'>";
    }
}
