# Odds and ends of ast over jpy: traceback lines of compiled trees, copy, single mode, type comments, feature_version,
# custom AST subclasses, defaults of optional fields, mode mismatches; compared with CPython.
import ast, pickle, copy, sys
t = ast.parse("x = 1\n\n\n\ny = 1 / 0\n")
c = compile(t, 'gen.py', 'exec')
try:
    exec(c, {})
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb.tb_next: tb = tb.tb_next
    print('line', tb.tb_lineno)
print(ast.dump(copy.deepcopy((ast.parse('a.b(c, *d)')))))
exec(compile(ast.parse('print(1+1)', mode='single'), '<s>', 'single'))
print(ast.parse('def f(a, # type: int\n      ):\n  # type: (...) -> None\n  pass  # type: ignore[x]\n', type_comments=True).type_ignores[0].tag)
print(ast.dump(ast.parse('def f(): pass', type_comments=True)))
try:
    ast.parse('match x:\n case 1: pass', feature_version=(3, 9))
except SyntaxError as e:
    print(e.msg)
print(ast.unparse(ast.parse('lambda: (yield)')))
class Custom(ast.AST):
    _fields = ('a', 'b')
print(Custom(1, 2).b, Custom.__match_args__ if hasattr(Custom, '__match_args__') else None)
n = ast.Name(id='x'); print(hasattr(n, 'ctx'), n.__dict__)
print(ast.increment_lineno(ast.parse('x'), 3).body[0].lineno)
print(repr(ast.Constant(value=1).kind), ast.FunctionDef().returns, ast.arg().annotation)
try:
    ast.Name().id
except AttributeError as e:
    print('AttributeError', e)
try:
    compile(ast.parse('x'), 'f', 'eval')
except TypeError as e:
    print(e)
try:
    compile(ast.parse('x'), 'f', 'func_type')
except ValueError as e:
    print(e)
try:
    compile(5, 'f', 'exec', ast.PyCF_ONLY_AST)
except TypeError as e:
    print(e)
print(ast.dump(compile('(int) -> str', 'f', 'func_type', ast.PyCF_ONLY_AST)))
print(eval(compile(ast.Expression(ast.Constant((1, 2, frozenset()), lineno=1, col_offset=0)), 'e', 'eval')))
