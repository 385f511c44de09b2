package org.jpy.objects.type;

import org.jpy.objects.PythonObject;
import org.jpy.objects.tuple.PTuple;
import org.jpy.runtime.PythonBuiltinClassType;

/** {@code types.UnionType}: the result of {@code int | None}; {@code __args__} is deduplicated and flattened. */
public final class PUnionType extends PythonObject {
    private final PTuple args;

    public PUnionType(PTuple args) {
        super(PythonBuiltinClassType.PUnionType);
        this.args = args;
    }

    public PTuple getArgs() {
        return args;
    }
}
