class A:
    def greet(self):
        return "A.greet"
    @classmethod
    def make(cls):
        return f"A.make for {cls.__name__}"
    def __repr__(self):
        return type(self).__name__ + "()"

class B(A):
    def greet(self):
        return "B>" + super().greet()
    @classmethod
    def make(cls):
        return "B>" + super().make()

class C(B):
    def greet(self):
        return "C>" + super(B, self).greet()
    def explicit(self):
        return super(C, self).greet()

c = C()
print(c.greet(), c.explicit())
print(C.make(), B.make())
print(super(C, c).greet(), super(B, c).greet())
s = super(B, c)
print(type(s).__name__, s.__thisclass__.__name__, s.__self__, s.__self_class__.__name__)
print(super(C, C).make())

def outside(self):
    return super().greet()
try:
    outside(c)
except RuntimeError as e:
    print(type(e).__name__, e)

class D(A):
    def no_args(self):
        def inner():
            return super().greet()
        return inner()
try:
    D().no_args()
except (RuntimeError, TypeError) as e:
    print(type(e).__name__, e)

try:
    super(B, A())
except TypeError as e:
    print(type(e).__name__, e)

try:
    super(A, c).missing
except AttributeError as e:
    print(type(e).__name__, e)

class E(A):
    def __init__(self):
        super().__init__()
        self.tag = "E"
    def greet(self):
        return [super().greet() for _ in range(2)]
print(E().tag, E().greet())
unbound = super(B)
print(type(unbound).__name__)
print(super(C, c).__class__.__name__)
