def worker(n):
    total = 0
    for i in range(n):
        total += i
        yield i
    return total

g = worker(3)
print(g.gi_frame.f_locals)
next(g)
print(sorted(g.gi_frame.f_locals.items()))
next(g)
print(sorted(g.gi_frame.f_locals.items()), g.gi_frame.f_code.co_name)
print(g.gi_running, g.gi_suspended, g.gi_yieldfrom)
for _ in g:
    pass
print(g.gi_frame, g.gi_suspended)

g1, g2 = worker(2), worker(2)
print(next(g1), next(g1), next(g2), list(g1), list(g2))

def self_referencing():
    me = yield
    yield me.gi_running
gen = self_referencing()
next(gen)
print(gen.send(gen))

def yields_its_frame_lineno():
    import sys
    yield sys._getframe().f_lineno
    yield sys._getframe().f_lineno
lines = list(yields_its_frame_lineno())
print(lines[1] - lines[0])

def delegating():
    yield from worker(2)
d = delegating()
next(d)
print(type(d.gi_yieldfrom).__name__, d.gi_yieldfrom.gi_frame.f_locals["i"])
print(repr(d.gi_code.co_name), d.__name__)
d.__name__ = "renamed"
print(d.__name__, d.__qualname__)
try:
    d.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
