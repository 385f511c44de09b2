import sys

def level3():
    raise ValueError("deep")
def level2():
    level3()
def level1():
    level2()

try:
    level1()
except ValueError as e:
    tb = e.__traceback__
    frames = []
    while tb is not None:
        frames.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(frames)
    print(type(e.__traceback__).__name__, type(e.__traceback__.tb_frame).__name__)

def capture():
    try:
        1 / 0
    except ZeroDivisionError:
        return sys.exc_info()[2]
tb = capture()
print(tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_next)

def outer_frame():
    return inner_frame()
def inner_frame():
    f = sys._getframe()
    return [f.f_code.co_name, f.f_back.f_code.co_name, f.f_back.f_back.f_code.co_name]
print(outer_frame())

def locals_view(a, b=2):
    c = a + b
    return sorted(sys._getframe().f_locals.items())
print(locals_view(1))
print(sys._getframe().f_code.co_name, sys._getframe().f_globals is globals())
f = sys._getframe()
print(f.f_lineno, f.f_back)

e = RuntimeError("fresh")
print(e.__traceback__)
e2 = e.with_traceback(tb)
print(e2 is e, e.__traceback__ is tb)
try:
    raise e
except RuntimeError as caught:
    print(caught.__traceback__.tb_lineno, caught.__traceback__.tb_next is tb)
try:
    e.__traceback__ = "nope"
except TypeError as err:
    print(type(err).__name__, err)
e.__traceback__ = None
print(e.__traceback__)
