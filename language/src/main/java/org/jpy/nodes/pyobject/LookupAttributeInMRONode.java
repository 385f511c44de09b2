package org.jpy.nodes.pyobject;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.NeverDefault;
import com.oracle.truffle.api.dsl.ReportPolymorphism;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import org.jpy.objects.PythonClass;

/**
 * Finds {@code name} along {@code cls.__mro__} (CPython's {@code _PyType_Lookup}); returns {@code PNone.NO_VALUE}
 * when absent. The result is cached per (class, name) and stays valid under the class's
 * {@linkplain PythonClass#getLookupStableAssumption() lookup assumption}, so in compiled code a method lookup
 * is a constant. Names should be identity-stable (interned constants) for the cache to hit.
 */
@GenerateUncached
@ReportPolymorphism
public abstract class LookupAttributeInMRONode extends Node {
    public static final int CACHE_LIMIT = 5;

    public abstract Object execute(PythonClass cls, Object name);

    @NeverDefault
    public static LookupAttributeInMRONode create() {
        return LookupAttributeInMRONodeGen.create();
    }

    public static LookupAttributeInMRONode getUncached() {
        return LookupAttributeInMRONodeGen.getUncached();
    }

    @Specialization(guards = {"cls == cachedClass", "name == cachedName"}, assumptions = "cachedClass.getLookupStableAssumption()", limit = "CACHE_LIMIT")
    static Object doCached(@SuppressWarnings("unused") PythonClass cls, @SuppressWarnings("unused") Object name,
                    @Cached("cls") PythonClass cachedClass,
                    @Cached("name") Object cachedName,
                    @Cached("cachedClass.lookup(cachedName)") Object value) {
        return value;
    }

    @Specialization(replaces = "doCached")
    static Object doGeneric(PythonClass cls, Object name) {
        return cls.lookup(name);
    }
}
