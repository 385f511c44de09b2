log = []
def t(name, val):
    log.append(name)
    return val

print(t('a', 0) and t('b', 1))
print(log); log.clear()
print(t('a', 1) and t('b', 2))
print(log); log.clear()
print(t('a', 0) or t('b', '') or t('c', []))
print(log); log.clear()
print(t('a', 0) or t('b', 'hit') or t('c', 'miss'))
print(log); log.clear()

print(repr([] and 5), repr([] or 5), repr(3 and 4), repr(3 or 4))
print(not None, not 0, not [0], not '')
print(None or 0 or '' or () or 'last')
print(1 and 2 and 3 and 0 and 5)

class B:
    def __init__(self, val):
        self.val = val
    def __bool__(self):
        log.append(f"bool({self.val})")
        return self.val
    def __repr__(self):
        return f"B({self.val})"

print(B(False) or B(True))
print(log); log.clear()
print(B(True) and B(False))
print(log); log.clear()
print(not B(True))
print(log); log.clear()

class L:
    def __len__(self):
        return 0
print(bool(L()), L() or "fallback")

class BadBool:
    def __bool__(self):
        return 1
try:
    if BadBool():
        pass
except TypeError as e:
    print(type(e).__name__, e)

class NegLen:
    def __len__(self):
        return -1
try:
    bool(NegLen())
except ValueError as e:
    print(type(e).__name__, e)

x = 7
print("big" if x > 5 else "small", "even" if x % 2 == 0 else "odd")
print((lambda: "yes")() if x else "no")
print(1 if 0 else 2 if 0 else 3)
