import sys

class Command:
    def __init__(self, name, handler):
        self.name = name
        self.handler = handler
    def run(self, *args):
        print(f"running {self.name}{args}")
        return self.handler(*args)

def add(a, b):
    return a + b

def quit_with(code):
    print("quitting with", code)
    raise SystemExit(code)

commands = {
    "add": Command("add", add),
    "quit": Command("quit", quit_with),
}
print(commands["add"].run(2, 3))
print(commands["add"].run("a", "b"))
try:
    commands["quit"].run(5)
except SystemExit as e:
    print("intercepted exit", e.code)
    print(type(e).__mro__[1].__name__)
commands["quit"].run(42)
print("unreachable")
