class Sensor:
    def __init__(self, readings):
        self.readings = readings
    @property
    def average(self):
        return sum(self.readings) / len(self.readings)
    @property
    def latest(self):
        return self.readings[-1]
    def __getattr__(self, name):
        if name.startswith("max_"):
            return max(self.readings)
        raise AttributeError(f"{type(self).__name__!r} has no attribute {name!r}")

s = Sensor([3, 5, 10])
print(s.average, s.latest, s.max_value)
try:
    s.minimum
except AttributeError as e:
    print(type(e).__name__, e)

class Broken:
    @property
    def value(self):
        return self.missing_attribute * 2
    def __getattr__(self, name):
        print(f"  __getattr__ called for {name!r}")
        raise AttributeError(name)

try:
    Broken().value
except AttributeError as e:
    print("masked:", type(e).__name__, e)
empty = Sensor([])
print(empty.max_readings if empty.readings else "no readings")
print(empty.average)
