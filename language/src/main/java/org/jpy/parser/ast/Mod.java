package org.jpy.parser.ast;

import java.util.List;

/** ASDL {@code mod}: what {@code compile()} and {@code ast.parse} return for each mode. */
public sealed interface Mod extends Node {
    record Module(List<Stmt> body, List<TypeIgnore> typeIgnores) implements Mod {
    }

    record Interactive(List<Stmt> body) implements Mod {
    }

    record Expression(Expr body) implements Mod {
    }

    record FunctionType(List<Expr> argtypes, Expr returns) implements Mod {
    }

    /** ASDL {@code type_ignore = TypeIgnore(int lineno, string tag)}. */
    record TypeIgnore(int lineno, String tag) implements Node {
    }
}
