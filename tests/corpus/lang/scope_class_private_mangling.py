class Account:
    __count = 0
    def __init__(self, owner):
        self.__owner = owner
        Account.__count += 1
        self.__secret_list = [owner]
    def owner(self):
        return self.__owner
    @classmethod
    def count(cls):
        return cls.__count
    def __dunder__(self):
        return "dunder names are not mangled"
    def _single(self):
        return "single underscore not mangled"

a = Account("ann")
b = Account("bob")
print(a.owner(), b.owner(), Account.count())
print(sorted(vars(a)))
print(a._Account__owner, a.__dunder__(), a._single())
try:
    a.__owner
except AttributeError as e:
    print(type(e).__name__, e)

class Sub(Account):
    def peek(self):
        try:
            return self.__owner
        except AttributeError as e:
            return f"{type(e).__name__}: {e}"
    def peek_right(self):
        return self._Account__owner
s = Sub("cy")
print(s.peek(), "|", s.peek_right())

class _Underscored:
    def __m(self):
        return "mangled with stripped leading underscore"
    def call(self):
        return self.__m()
print(_Underscored().call(), [n for n in vars(_Underscored) if 'm' in n and n.startswith('_U')])

class ___:
    __x = 1
print(sorted(k for k in vars(___) if 'x' in k))

class Outer:
    __hidden = "outer hidden"
    class Inner:
        def get(self):
            try:
                return Outer.__hidden
            except AttributeError as e:
                return f"{type(e).__name__}: {e}"
print(Outer.Inner().get())

class StrMangling:
    def __init__(self):
        self.__attr = 1
    def via_getattr(self):
        return getattr(self, "__attr", "getattr strings are not mangled")
print(StrMangling().via_getattr())
