class Greeter:
    greeting = "hi"
    def __init__(self, name):
        self.name = name
    def greet(self, other="you"):
        return f"{self.greeting} {other}, from {self.name}"
    @classmethod
    def make(cls, name):
        return cls(name)
    @staticmethod
    def shout(text):
        return text.upper()

g = Greeter("ann")
bound = g.greet
unbound = Greeter.greet
print(bound(), bound("bob"), unbound(g, "cy"))
print(bound.__self__ is g, bound.__func__ is unbound)
print(list(map(g.greet, ["x", "y"])))
print(list(map(Greeter.shout, ["a", "b"])), list(map(g.shout, ["c"])))
print(Greeter.make("dee").greet(), g.make("eve").name, type(g.make("f")).__name__)

method_table = {"greet": Greeter.greet, "shout": Greeter.shout}
print(method_table["greet"](g), method_table["shout"]("z"))

g.greeting = "hello"
print(bound())
Greeter.greeting = "hey"
print(Greeter("new").greet(), g.greet())

def external(self, x):
    return f"external on {self.name} with {x}"
Greeter.external = external
print(g.external(1), Greeter.external(g, 2))
g.instance_fn = external
try:
    g.instance_fn(3)
except TypeError as e:
    print(type(e).__name__, e)
print(g.instance_fn(g, 3))

b1, b2 = g.greet, g.greet
print(b1 == b2, b1 is b2, hash(b1) == hash(b2), g.greet == Greeter("x").greet)
import types
m = types.MethodType(external, g)
print(m(4), type(m).__name__)
print(getattr(g, "greet")("via getattr"), getattr(Greeter, "shout")("static via getattr"))
