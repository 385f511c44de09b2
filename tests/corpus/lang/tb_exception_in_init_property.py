class Temperature:
    def __init__(self, kelvin):
        print("init with", kelvin)
        self.kelvin = kelvin

    @property
    def kelvin(self):
        return self._k

    @kelvin.setter
    def kelvin(self, value):
        if value < 0:
            raise ValueError(f"kelvin cannot be negative: {value}")
        self._k = value

    @property
    def celsius(self):
        return self.kelvin - 273.15

temps = [Temperature(300), Temperature(0)]
print([round(t.celsius, 2) for t in temps])
try:
    Temperature(-1)
except ValueError as e:
    print("caught:", e)

t = temps[0]
t.kelvin = 10
print(t.kelvin, round(t.celsius, 2))
readings = [5, 273.15, -40]
converted = [Temperature(k) for k in readings]
print(converted)
