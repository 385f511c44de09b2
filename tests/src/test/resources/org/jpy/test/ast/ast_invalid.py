# compile() of malformed or misplaced trees: CPython's TypeError/ValueError/SyntaxError messages; compared with CPython.
import ast
L = dict(lineno=1, col_offset=0)
def N(id, ctx): return ast.Name(id, ctx, **L)
cases = {
 'assign-load-target': ast.Module([ast.Assign([N('x', ast.Load())], ast.Constant(1, **L), **L)], []),
 'load-store': ast.Expression(N('x', ast.Store())),
 'const-target': ast.Module([ast.Assign([ast.Constant(1, **L)], ast.Constant(1, **L), **L)], []),
 'del-load': ast.Module([ast.Delete([N('x', ast.Load())], **L)], []),
 'starred-load': ast.Expression(ast.Starred(N('x', ast.Load()), ast.Load(), **L)),
 'for-load': ast.Module([ast.For(N('x', ast.Load()), N('y', ast.Load()), [ast.Pass(**L)], [], **L)], []),
 'aug-load': ast.Module([ast.AugAssign(N('x', ast.Load()), ast.Add(), ast.Constant(1, **L), **L)], []),
 'call-target': ast.Module([ast.Assign([ast.Call(N('f', ast.Load()), [], [], **L)], ast.Constant(1, **L), **L)], []),
 'return-outside': ast.Module([ast.Return(None, **L)], []),
 'await-outside': ast.Module([ast.Expr(ast.Await(N('x', ast.Load()), **L), **L)], []),
 'yield-mod': ast.Module([ast.Expr(ast.Yield(None, **L), **L)], []),
 'break-outside': ast.Module([ast.Break(**L)], []),
 'fv-conv': ast.Expression(ast.FormattedValue(N('x', ast.Load()), 5, None, **L)),
 'import-from-none': ast.Module([ast.ImportFrom(None, [ast.alias('x', **L)], 0, **L)], []),
 'tuple-store-eval': ast.Expression(ast.Tuple([N('x', ast.Store())], ast.Load(), **L)),
 'neg-lineno': ast.Expression(ast.Constant(1, lineno=-5, col_offset=-3)),
 'big-lineno': ast.Expression(ast.Name('undefined_x', ast.Load(), lineno=100000, col_offset=5)),
 'match-bad': ast.Module([ast.Match(N('x', ast.Load()), [ast.match_case(ast.MatchValue(N('y', ast.Load()), **L), None, [ast.Pass(**L)])], **L)], []),
 'matchas-star': ast.Module([ast.Match(N('x', ast.Load()), [ast.match_case(ast.MatchStar('y', **L), None, [ast.Pass(**L)])], **L)], []),
 'lambda-args': ast.Expression(ast.Lambda(ast.arguments([], [ast.arg('a', **L)], None, [], [], None, [ast.Constant(1, **L), ast.Constant(2, **L)]), ast.Constant(1, **L), **L)),
 'name-keyword': ast.Expression(ast.Name('if', ast.Load(), **L)),
 'global-dup': ast.Module([ast.Global(['x'], **L), ast.Global(['x'], **L)], []),
 'dict-none-key': ast.Expression(ast.Dict([None], [N('d', ast.Load())], **L)),
 'ok-eval': ast.Expression(ast.BinOp(ast.Constant(1, **L), ast.Add(), ast.Constant(2, **L), **L)),
 'subclass-node': None,
}
class MyName(ast.Name): pass
cases['subclass-node'] = ast.Expression(MyName('len', ast.Load(), **L))
for k, t in cases.items():
    mode = 'exec' if isinstance(t, ast.Module) else 'eval'
    try:
        c = compile(t, '<t>', mode)
        print(k, 'compiled')
        try:
            r = eval(c, {}) if mode == 'eval' else exec(c, {})
            print('  ran', r)
        except Exception as e:
            print('  run', type(e).__name__, e)
    except Exception as e:
        print(k, type(e).__name__, e)
