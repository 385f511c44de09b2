package org.jpy.parser.ast;

import java.util.List;

/**
 * ASDL {@code arguments}. {@code kwDefaults} is parallel to {@code kwonlyargs} with {@code null} for a
 * keyword-only parameter without default; {@code defaults} apply to the last positional parameters.
 */
public record Arguments(List<Arg> posonlyargs, List<Arg> args, Arg vararg, List<Arg> kwonlyargs, List<Expr> kwDefaults,
                Arg kwarg, List<Expr> defaults) implements Node {
}
