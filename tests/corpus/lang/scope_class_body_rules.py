value = "global"

class A:
    value = "class"
    items = [value for _ in range(2)]
    direct = value
    def method(self):
        return value
    gen_result = list(v for v in [value])

print(A.items)
print(A.direct)
print(A().method())
print(A.gen_result)

class B:
    n = 3
    try:
        squares = [n * i for i in range(3)]
    except NameError as e:
        squares = (type(e).__name__, str(e))
    firsts = [i for i in range(n)]
print(B.squares)
print(B.firsts)

def f():
    local = "function-local"
    class Inner:
        seen = local
        def get(self):
            return local
    return Inner
I = f()
print(I.seen, I().get())

def g():
    x = 1
    class K:
        x = 2
        def read(self):
            return x
        also = x
    return K
K = g()
print(K().read(), K.also, K.x)

class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.count_seen = self.count
for _ in range(3):
    c = Counter()
print(Counter.count, c.count_seen)

class Ns:
    a = 1
    b = a + 1
    del a
print(sorted(k for k in vars(Ns) if not k.startswith('__')))
print(hasattr(Ns, 'a'), Ns.b)

class Q:
    __private = 5
    def get(self):
        return self.__private
print(Q().get(), '_Q__private' in vars(Q))
try:
    Q.__private
except AttributeError as e:
    print(type(e).__name__, e)
