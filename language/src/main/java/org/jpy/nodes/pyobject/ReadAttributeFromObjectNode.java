package org.jpy.nodes.pyobject;

import com.oracle.truffle.api.library.CachedLibrary;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.NeverDefault;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.object.DynamicObjectLibrary;

import org.jpy.objects.PNone;
import org.jpy.objects.PythonObject;
import org.jpy.objects.dict.PDict;

/**
 * Reads an attribute from an object's own storage (its {@code __dict__}): the shape while the dict is not
 * materialized (a shape-cached field load), the {@link PDict} afterwards. Returns {@code NO_VALUE} when absent.
 */
@GenerateUncached
public abstract class ReadAttributeFromObjectNode extends Node {
    public abstract Object execute(PythonObject obj, Object name);

    @NeverDefault
    public static ReadAttributeFromObjectNode create() {
        return ReadAttributeFromObjectNodeGen.create();
    }

    public static ReadAttributeFromObjectNode getUncached() {
        return ReadAttributeFromObjectNodeGen.getUncached();
    }

    @Specialization(guards = "obj.getDict() == null", limit = "4")
    static Object doShape(PythonObject obj, Object name, @CachedLibrary("obj") DynamicObjectLibrary lib) {
        return lib.getOrDefault(obj, name, PNone.NO_VALUE);
    }

    @Specialization(guards = "obj.getDict() != null")
    static Object doDict(PythonObject obj, Object name) {
        PDict d = obj.getDict();
        Object v = d.getItem(name);
        return v == null ? PNone.NO_VALUE : v;
    }
}
