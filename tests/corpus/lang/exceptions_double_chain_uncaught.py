class StorageError(Exception):
    pass

class Cache:
    def __init__(self):
        self.data = {}
    def get(self, key):
        try:
            return self.data[key]
        except KeyError as e:
            raise StorageError(f"cache miss for {key!r}") from e

def lookup(cache, key):
    try:
        return cache.get(key)
    except StorageError:
        fallback = {"x": 1}
        return fallback[key] * 10

c = Cache()
c.data["k"] = "v"
print(lookup(c, "k"))
print(lookup(c, "x"))
try:
    lookup(c, "q")
except KeyError as e:
    ctx = e.__context__
    print("caught", repr(e), "context:", type(ctx).__name__, "cause of context:", repr(ctx.__cause__))
print(lookup(c, "y"))
