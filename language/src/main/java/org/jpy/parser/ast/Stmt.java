package org.jpy.parser.ast;

import java.util.List;

/** ASDL {@code stmt}. */
public sealed interface Stmt extends Located {
    record FunctionDef(String name, Arguments args, List<Stmt> body, List<Expr> decoratorList, Expr returns,
                    String typeComment, List<TypeParam> typeParams, Loc loc) implements Stmt {
    }

    record AsyncFunctionDef(String name, Arguments args, List<Stmt> body, List<Expr> decoratorList, Expr returns,
                    String typeComment, List<TypeParam> typeParams, Loc loc) implements Stmt {
    }

    record ClassDef(String name, List<Expr> bases, List<Keyword> keywords, List<Stmt> body, List<Expr> decoratorList,
                    List<TypeParam> typeParams, Loc loc) implements Stmt {
    }

    record Return(Expr value, Loc loc) implements Stmt {
    }

    record Delete(List<Expr> targets, Loc loc) implements Stmt {
    }

    record Assign(List<Expr> targets, Expr value, String typeComment, Loc loc) implements Stmt {
    }

    record TypeAlias(Expr name, List<TypeParam> typeParams, Expr value, Loc loc) implements Stmt {
    }

    record AugAssign(Expr target, Operator op, Expr value, Loc loc) implements Stmt {
    }

    /** {@code simple} is 1 for a bare name target without parentheses. */
    record AnnAssign(Expr target, Expr annotation, Expr value, int simple, Loc loc) implements Stmt {
    }

    record For(Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse, String typeComment, Loc loc) implements Stmt {
    }

    record AsyncFor(Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse, String typeComment, Loc loc) implements Stmt {
    }

    record While(Expr test, List<Stmt> body, List<Stmt> orelse, Loc loc) implements Stmt {
    }

    record If(Expr test, List<Stmt> body, List<Stmt> orelse, Loc loc) implements Stmt {
    }

    record With(List<WithItem> items, List<Stmt> body, String typeComment, Loc loc) implements Stmt {
    }

    record AsyncWith(List<WithItem> items, List<Stmt> body, String typeComment, Loc loc) implements Stmt {
    }

    record Match(Expr subject, List<MatchCase> cases, Loc loc) implements Stmt {
    }

    record Raise(Expr exc, Expr cause, Loc loc) implements Stmt {
    }

    record Try(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody, Loc loc) implements Stmt {
    }

    record TryStar(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody, Loc loc) implements Stmt {
    }

    record Assert(Expr test, Expr msg, Loc loc) implements Stmt {
    }

    record Import(List<Alias> names, Loc loc) implements Stmt {
    }

    /** {@code module} is null for {@code from . import x}; {@code level} is the number of leading dots. */
    record ImportFrom(String module, List<Alias> names, int level, Loc loc) implements Stmt {
    }

    record Global(List<String> names, Loc loc) implements Stmt {
    }

    record Nonlocal(List<String> names, Loc loc) implements Stmt {
    }

    record ExprStmt(Expr value, Loc loc) implements Stmt {
    }

    record Pass(Loc loc) implements Stmt {
    }

    record Break(Loc loc) implements Stmt {
    }

    record Continue(Loc loc) implements Stmt {
    }
}
