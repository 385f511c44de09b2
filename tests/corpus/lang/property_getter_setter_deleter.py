class Temperature:
    def __init__(self, celsius):
        self._c = celsius

    @property
    def celsius(self):
        "Temperature in Celsius."
        print("  get celsius")
        return self._c

    @celsius.setter
    def celsius(self, value):
        print("  set celsius", value)
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value

    @celsius.deleter
    def celsius(self):
        print("  delete celsius")
        del self._c

    fahrenheit = property(lambda self: self._c * 9 / 5 + 32, doc="F")

t = Temperature(25)
print(t.celsius)
t.celsius = 100
print(t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.fahrenheit
except AttributeError as e:
    print(type(e).__name__, e)
del t.celsius
try:
    t.celsius
except AttributeError as e:
    print(type(e).__name__, e)

p = Temperature.__dict__['celsius']
print(type(p).__name__, p.__doc__, Temperature.fahrenheit.__doc__)
print(p.fget.__name__, p.fset.__name__, p.fdel.__name__)
print(Temperature.fahrenheit.fset, Temperature.fahrenheit.fdel)

class Sub(Temperature):
    @Temperature.celsius.getter
    def celsius(self):
        return "overridden getter"
s = Sub(5)
print(s.celsius)
s.celsius = 7
print(s._c)

class Empty:
    x = property()
try:
    Empty().x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Empty().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
