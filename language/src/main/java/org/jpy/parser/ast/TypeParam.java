package org.jpy.parser.ast;

/** ASDL {@code type_param} (PEP 695). */
public sealed interface TypeParam extends Located {
    record TypeVar(String name, Expr bound, Loc loc) implements TypeParam {
    }

    record ParamSpec(String name, Loc loc) implements TypeParam {
    }

    record TypeVarTuple(String name, Loc loc) implements TypeParam {
    }
}
