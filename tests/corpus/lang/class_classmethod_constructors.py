class Date:
    def __init__(self, year, month, day):
        self.year, self.month, self.day = year, month, day
    @classmethod
    def from_string(cls, s):
        y, m, d = map(int, s.split("-"))
        return cls(y, m, d)
    @classmethod
    def epoch(cls):
        return cls(1970, 1, 1)
    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    def __repr__(self):
        return f"{type(self).__name__}({self.year}, {self.month}, {self.day})"

class MyDate(Date):
    def iso(self):
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

print(Date.from_string("2024-02-29"), Date.epoch())
md = MyDate.from_string("1999-12-31")
print(md, md.iso(), type(md).__name__, MyDate.epoch().iso())
print([y for y in (1900, 2000, 2023, 2024) if Date.is_leap(y)], md.is_leap(2000))
print(Date.from_string.__self__ is Date, MyDate.from_string.__self__ is MyDate)
print(type(Date.__dict__['from_string']).__name__, Date.__dict__['is_leap'].__func__(1904))
sm = Date.__dict__['is_leap']
print(sm(2100), callable(sm))
try:
    Date.from_string("bad")
except ValueError as e:
    print(type(e).__name__, e)
try:
    Date.from_string("2020-01")
except ValueError as e:
    print(type(e).__name__, e)

class Registry:
    _items = []
    @classmethod
    def add(cls, item):
        cls._items = cls._items + [item]
        return cls
class Sub(Registry):
    pass
Registry.add(1)
Sub.add(2)
print(Registry._items, Sub._items)
cm = classmethod(lambda cls: cls.__name__)
class Holder:
    name = cm
print(Holder.name(), Holder().name(), cm.__func__.__name__)
print(staticmethod(len)("abc"), classmethod(len).__func__ is len)
