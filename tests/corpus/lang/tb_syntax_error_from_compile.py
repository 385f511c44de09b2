snippets = {
    "ok": "x = [1, 2, 3]\n",
    "unclosed": "x = (1, 2\n",
    "bad_indent": "def f():\nreturn 1\n",
    "bad_token": "x = 1 $ 2\n",
}
for name, src in snippets.items():
    try:
        compile(src, f"<{name}>", "exec")
        print(name, "compiles")
    except SyntaxError as e:
        print(name, type(e).__name__, "|", e.msg, "|", e.filename, e.lineno, e.offset, repr(e.text))

try:
    eval("1 + * 2")
except SyntaxError as e:
    print("eval:", e.msg, e.offset, e.end_offset)

source = """
def area(w, h):
    return w * h

print(area(2, 3)
"""
compile(source, "<config>", "exec")
