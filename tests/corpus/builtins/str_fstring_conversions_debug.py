name = "Ada"
value = 3.14159
items = ["x", "y"]
nested = {"k": [1, {"deep": "v"}]}
print(f"{name}", f"{name!r}", f"{name!s}", f"{name!a}", f"{'é'!a}", f"{name:>6}", f"{name!r:>8}")
print(f"{value=}", f"{value = :.2f}", f"{name=!s}", f"{len(items)=}", f"{items[0]=}", f"{nested['k'][1]['deep']=}")
print(f"{1 + 1 = }", f"{value:{'>'}{10}.{3}}", f"{'a' 'b'}", f"{(lambda: 'lam')()}")
print(f"{{literal}}", f"{{{name}}}", f"{'{'}{name}{'}'}", f"}}{{")
print(f"{name.upper()}{name.lower()}", f"{name[::-1]}", f"{[c for c in name]}", f"{ {'set'} }")
print(f"{3:03}", f"{-3:03}", f"{3.0:g}", f"{1e-7:g}", f"{2 ** 64:,}", f"{0.5:%}", f"{255:08b}")
print(f"""{name
}""", f"{'multi' + chr(10) + 'line'!r}")
width = 12
print(f"[{name:^{width}}]", f"[{name:*<{width // 2}}]", f"[{value:{width}.{width // 4}f}]")
print(f"{'quote \" inside'}", f'{"single \' inside"}', f"{'nested ' + f'{name!r}'}")
print(f"{name!r:^12}|", f"{value!s:>10}|", f"{items!r}", f"{nested!s}")
class Obj:
    def __format__(self, spec):
        return f"<{spec or 'empty'}>"
    def __repr__(self):
        return "Obj()"
o = Obj()
print(f"{o}", f"{o:spec}", f"{o!r}", f"{o!r:>8}", f"{o=}", f"{o=:x}")
for bad in ["f'{name!z}'", "f'{name:{1}{2}{3}}'" if False else "f'{name:'", "f'{}'", "f'{name!r:}'"]:
    try:
        print(bad, eval(bad))
    except (SyntaxError, ValueError) as e:
        print(bad, type(e).__name__, e.msg if isinstance(e, SyntaxError) else e)
