package org.jpy.nodes.pyobject;

import com.oracle.truffle.api.library.CachedLibrary;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.NeverDefault;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.object.DynamicObjectLibrary;

import org.jpy.objects.PythonObject;

/**
 * Writes (or, with value {@code null}, deletes) an attribute in an object's own storage; see
 * {@link ReadAttributeFromObjectNode}. Returns false for a delete of a missing attribute.
 */
@GenerateUncached
public abstract class WriteAttributeToObjectNode extends Node {
    public abstract boolean execute(PythonObject obj, Object name, Object value);

    @NeverDefault
    public static WriteAttributeToObjectNode create() {
        return WriteAttributeToObjectNodeGen.create();
    }

    public static WriteAttributeToObjectNode getUncached() {
        return WriteAttributeToObjectNodeGen.getUncached();
    }

    @Specialization(guards = "obj.getDict() == null", limit = "4")
    static boolean doShape(PythonObject obj, Object name, Object value, @CachedLibrary("obj") DynamicObjectLibrary lib) {
        if (value == null) {
            return lib.removeKey(obj, name);
        }
        lib.put(obj, name, value);
        return true;
    }

    @Specialization(guards = "obj.getDict() != null")
    static boolean doDict(PythonObject obj, Object name, Object value) {
        if (value == null) {
            return obj.getDict().delItem(name) != null;
        }
        obj.getDict().setItem(name, value);
        return true;
    }
}
