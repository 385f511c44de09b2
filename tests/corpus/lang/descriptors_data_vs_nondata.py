class DataDesc:
    def __set_name__(self, owner, name):
        self.name = name
        print(f"set_name {owner.__name__}.{name}")
    def __get__(self, obj, objtype=None):
        if obj is None:
            return f"class access via {objtype.__name__}"
        return obj.__dict__.get('_' + self.name, 'unset')
    def __set__(self, obj, value):
        print(f"  __set__ {self.name}={value!r}")
        obj.__dict__['_' + self.name] = value
    def __delete__(self, obj):
        print(f"  __delete__ {self.name}")
        obj.__dict__.pop('_' + self.name, None)

class NonData:
    def __get__(self, obj, objtype=None):
        return "from non-data descriptor"

class Thing:
    d = DataDesc()
    n = NonData()
    def __repr__(self):
        return "Thing()"

t = Thing()
print(Thing.d)
print(t.d)
t.d = 5
print(t.d, sorted(t.__dict__))
t.__dict__['d'] = 'instance dict value'
print("data desc wins:", t.d)
del t.d
print(t.d)
print(t.n)
t.n = "instance shadows non-data"
print(t.n)
del t.n
print(t.n)

class ReadOnly:
    def __get__(self, obj, objtype=None):
        return 1
    def __set__(self, obj, value):
        raise AttributeError("read-only attribute")
class R:
    x = ReadOnly()
r = R()
try:
    r.x = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del r.x
except AttributeError as e:
    print(type(e).__name__, e)

class OnlyGet:
    def __get__(self, obj, typ):
        return ('get', obj is None, typ.__name__)
class S:
    g = OnlyGet()
class SS(S):
    pass
print(S.g, SS.g, SS().g)
print(type(S.__dict__['g']).__name__)
print(vars(Thing)['d'].name)
