exprs = ["1", "-2.5", "3 + 4j", "'text'", "b'bytes'", "[1, 2, 3]", "(1,)", "{'k': [1, {2}]}", "{1, 2}", "None",
         "True and False", "1 if 0 else 2", "[x * 2 for x in range(3)]", "len('abc')", "sorted('cba')", "10 ** 20",
         "0.1 + 0.2", "'a' * 3", "{**{'a': 1}, 'b': 2}", "[*range(2), *'ab']", "(lambda x: x + 1)(1)", "not []",
         "1 < 2 < 3", "'%s-%d' % ('a', 1)", "f'{1 + 1}'", "...", "type(1).__name__", "divmod(17, 5)", "abs(-3)"]
for e in exprs:
    v = eval(e)
    print(f"{e:32} -> {v!r:30} {type(v).__name__}")
for e in ["import os", "x = 1", "def f(): pass", "1 +", "return 5", "yield", "del x"]:
    try:
        print(e, "->", eval(e))
    except SyntaxError as err:
        print(f"{e:20} SyntaxError: {err.msg}")
env = {"__builtins__": {}}
for e in ["len([])", "1 + 1", "__import__('os')"]:
    try:
        print(e, "->", eval(e, env))
    except NameError as err:
        print(f"{e:20} NameError: {err}")
print(eval("[1, 2] + [3]"), eval("{'a': 1}['a']"), eval("(1, 2)[::-1]"))
print(eval("x + y", {"x": 1}, {"y": 2}), eval("max(vals)", {"vals": [3, 9]}))
