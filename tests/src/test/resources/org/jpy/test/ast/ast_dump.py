# ast.dump(ast.parse(src), include_attributes=True) for snippets covering every node kind; compared with CPython.
import ast, sys
SNIPPETS = [
    "x: int = 1",
    "def f(a, /, b=1, *args, c, d=2, **kw) -> int:\n    '''doc'''\n    return a + b\n",
    "async def g():\n    async for x in y:\n        await z\n    async with a as b, c:\n        pass\n",
    "@dec\nclass C(B, metaclass=M):\n    x = 1\n    def m(self): ...\n",
    "del a, b[1], c.d",
    "a = b = 1\na += 2\nx[1:2, ::3] = y",
    "for i in range(10):\n    continue\nelse:\n    break\n",
    "while x:\n    pass\nelse:\n    y()\n",
    "if a:\n    b\nelif c:\n    d\nelse:\n    e\n",
    "with open(f) as g, h:\n    pass\n",
    "match p:\n    case 1 | 2:\n        pass\n    case [a, *rest]:\n        pass\n    case {'k': v, **kw}:\n        pass\n    case Point(x=0, y=yy) as pt if yy > 0:\n        pass\n    case None:\n        pass\n    case _:\n        pass\n",
    "raise E from c",
    "try:\n    a\nexcept E as e:\n    b\nexcept:\n    c\nelse:\n    d\nfinally:\n    e\n",
    "try:\n    a\nexcept* E:\n    b\n",
    "assert x, 'msg'",
    "import a.b as c, d\nfrom ..m import (x as y, z)\nfrom . import q",
    "global g\nnonlocal n",
    "x = a and b or not c",
    "(y := 10)",
    "x = 1 + 2 * 3 - 4 / 5 // 6 % 7 ** 8 @ m << 1 >> 2 | 3 ^ 4 & 5",
    "x = -a, +b, ~c",
    "f = lambda x, *y, z=1, **k: x",
    "x = a if b else c",
    "d = {1: 2, **e}\ns = {1, 2}\nl = [1, *t]\nt = (1,)",
    "[x for x in y if x for z in w]\n{x for x in y}\n{k: v for k, v in d}\n(x async for x in y)",
    "def gen():\n    yield\n    yield 1\n    yield from x\n",
    "a < b <= c > d >= e == f != g is h is not i in j not in k",
    "f(a, *b, c=1, **d)",
    "f'{a!r:>{w}} {b=} {c:.2f} text'",
    "x = 1, 1.5, 2j, 10**100, 'str', b'bytes', u'uni', None, True, False, ...",
    "x = 'a' 'b' f'c{d}'",
    "a.b.c = d[e][f:g]",
    "*a, b = c",
    "type X[T: int, *Ts, **P] = list[T]",
    "def f[T](x: T) -> T: pass\nclass C[T]: pass",
    "x = '\\u00e9t\\u00e9'; y = 'caf\u00e9' + z",
    "print('h\u00e9llo', \u00e9t\u00e9)",
    "if True:\n    pass\n# comment\n",
    "x = 0xff + 0o17 + 0b11 + 1_000 + 1e10 + 1.5e-3j",
    "class A:\n    def __init__(self): super().__init__()\n",
    "return_value = [*range(3), *'ab']",
    "x = yield_ = 1; pass; break",
    "with (a as b, c as d):\n    pass\n",
    "def f(*, a): pass\ndef g(a, b=2, /): pass",
]
for i, s in enumerate(SNIPPETS):
    for mode in ('exec',):
        try:
            r = ast.dump(ast.parse(s, mode=mode), include_attributes=True)
        except SyntaxError as e:
            r = 'SyntaxError %s %s %s' % (e.msg, e.lineno, e.offset)
        print(i, r)
for s, mode in [('1 + 2', 'eval'), ('x = 1', 'single'), ('(int, str) -> None', 'func_type'), ('x = 1 # type: int', 'exec')]:
    print(mode, ast.dump(ast.parse(s, mode=mode, type_comments=True), include_attributes=True))
