class Typed:
    def __init__(self, kind, minimum=None):
        self.kind = kind
        self.minimum = minimum
    def __set_name__(self, owner, name):
        self.public = name
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.public} must be {self.kind.__name__}, got {type(value).__name__}")
        if self.minimum is not None and value < self.minimum:
            raise ValueError(f"{self.public} must be >= {self.minimum}, got {value}")
        setattr(obj, self.private, value)

class Product:
    name = Typed(str)
    price = Typed(float, minimum=0.0)
    qty = Typed(int, minimum=0)
    def __init__(self, name, price, qty):
        self.name, self.price, self.qty = name, price, qty
    def __repr__(self):
        return f"Product({self.name!r}, {self.price}, {self.qty})"
    def total(self):
        return self.price * self.qty

p = Product("widget", 2.5, 4)
print(p, p.total(), sorted(vars(p)))
for attr, value in [("price", 3), ("price", -1.0), ("qty", 2.0), ("name", None), ("qty", 10)]:
    try:
        setattr(p, attr, value)
        print("set", attr, "->", getattr(p, attr))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(p, Product.price.public, Product.qty.minimum)
try:
    Product("x", 1.0, -5)
except ValueError as e:
    print(type(e).__name__, e)
fresh = Product.__new__(Product)
try:
    fresh.name
except AttributeError as e:
    print(type(e).__name__, e)
