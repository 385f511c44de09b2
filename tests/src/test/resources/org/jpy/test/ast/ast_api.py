# The ast module API over jpy's _ast: unparse, literal_eval, visitors/transformers, compile() of trees, CPython's
# validation messages for malformed trees. Printed lines are compared with the reference CPython (addresses masked).
import ast
src = 'class A(B):\n    """doc"""\n    def f(self, x=1, *a, k, **kw):\n        return [i async for i in x if i] + {**kw} @ f"{x!r:>10}"\n'
tree = ast.parse(src)
print(len(ast.unparse(tree)), ast.unparse(tree)[:200])
print(ast.literal_eval("{'a': [1, 2.5, -3j, (True, None)], 'b': b'x', 'c': {1, 2}}"))
try:
    ast.literal_eval("f(x)")
except ValueError as e:
    print('ValueError', e)

class Rewrite(ast.NodeTransformer):
    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.op, ast.Add):
            return ast.BinOp(node.left, ast.Mult(), node.right)
        return node
    def visit_Constant(self, node):
        if node.value == 'hello':
            return ast.Constant('bye')
        return node

t = ast.parse("x = 3 + 4\nprint(x, 'hello')\ndef f(a):\n    return a + a\nprint(f(5))\n")
t = ast.fix_missing_locations(Rewrite().visit(t))
print(ast.unparse(t))
code = compile(t, '<ast>', 'exec')
exec(code, {})
e = ast.Expression(ast.BinOp(ast.Constant(6), ast.Pow(), ast.Constant(2)))
print(eval(compile(ast.fix_missing_locations(e), '<e>', 'eval')))
print(eval(compile(ast.parse('[i*i for i in range(4)]', mode='eval'), '<e>', 'eval')))
s = "a = 1\nb = f(a,\n      2)\n"
t = ast.parse(s)
print(ast.get_source_segment(s, t.body[1].value))
class V(ast.NodeVisitor):
    def __init__(self): self.names = []
    def visit_Name(self, n): self.names.append(n.id)
v = V(); v.visit(ast.parse("a + b * c(d)")); print(v.names)
print(ast.dump(ast.parse('x'), indent=2))
print(list(ast.walk(ast.parse('a+b')))[:3].__len__())
print(ast.Name('x').__reduce__()[0], ast.Name('x').__reduce__()[2])
for bad in ["ast.Tuple(1,2,3)", "ast.Name(1,2,id=3)", "ast.Pass(1)", "ast.alias(1,2,3)"]:
    try:
        eval(bad)
    except TypeError as e:
        print('TypeError', e)
L = dict(lineno=1, col_offset=0)
for src in ['ast.Module(body=[ast.Expr(ast.Pass())])', 'ast.Module(body=[ast.Pass()])', 'ast.Module(body=[ast.Pass(**L)], type_ignores=[])',
            'ast.Module(body=ast.Pass(), type_ignores=[])', 'ast.Expression(body=ast.Name(id=1, ctx=ast.Load(), **L))',
            'ast.Module(body=[ast.Expr(ast.Name(id="x", **L), **L)], type_ignores=[])', 'ast.Name()', 'ast.Expression(ast.Constant(value=[1], **L))',
            'ast.Expression(ast.BinOp(ast.Constant(1, **L), ast.Load(), ast.Constant(1, **L), **L))',
            'ast.Module(body=[ast.FunctionDef(name="f", args=ast.arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[], decorator_list=[], **L)], type_ignores=[])',
            'ast.Expression(ast.Constant(1, lineno="a", col_offset=0))', 'ast.Expression(body=None)', 'ast.Expression(ast.Name("None", ast.Load(), **L))',
            'ast.Expression(ast.Constant((1, [2]), **L))', 'ast.Expression(ast.Name("x", ast.Load))', 'ast.Expression(ast.Constant(1, kind=3, **L))',
            'ast.Expression(ast.Constant(2**80, lineno=2**70, col_offset=0))']:
    try:
        compile(eval(src), 'f', 'exec' if 'Module' in src else 'eval' if 'Expression' in src else 'single')
        print('ok')
    except Exception as e:
        print(type(e).__name__, e)
try:
    ast.parse('x = (')
except SyntaxError as e:
    print('SyntaxError', e.msg, e.lineno, e.offset, e.filename)
print(ast.parse(b'# -*- coding: latin-1 -*-\nx = "\xe9"').body[0].value.value)
print(compile('x', 'f', 'exec', ast.PyCF_ONLY_AST).__class__, ast.PyCF_ONLY_AST, ast.PyCF_TYPE_COMMENTS, ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
t = ast.parse('x')
print(compile(t, 'f', 'exec', ast.PyCF_ONLY_AST) is t)
print(ast.Num, ast.Constant(5).n, ast.parse('1').body[0].value.__class__.__name__)
print(isinstance(ast.Constant(1), ast.Num), isinstance(ast.Constant('s'), ast.Str))
import pickle, copy
n = copy.deepcopy(ast.parse('a+1'))
print(ast.dump(n))
print(ast.AST.__module__, ast.Name.__doc__, ast.stmt.__doc__.splitlines()[1])
print(ast.parse('x').body[0].value.ctx is ast.parse('y').body[0].value.ctx)
m = ast.parse('x + 1').body[0].value
match m:
    case ast.BinOp(ast.Name(id), ast.Add(), ast.Constant(v)):
        print('matched', id, v)
