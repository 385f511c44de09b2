routes = {}

def route(path, *, methods=("GET",)):
    if not path.startswith("/"):
        raise ValueError(f"route path must start with '/': {path!r}")
    def register(fn):
        for m in methods:
            key = (m, path)
            if key in routes:
                raise KeyError(f"duplicate route {m} {path}")
            routes[key] = fn.__name__
        return fn
    return register

@route("/")
def index():
    return "index"

@route("/items", methods=("GET", "POST"))
def items():
    return "items"

print(sorted(routes.items()))
try:
    @route("relative")
    def bad():
        pass
except ValueError as e:
    print(type(e).__name__, e)

@route("/items", methods=("PUT",))
def items_put():
    return "put"
print(len(routes))

@route("/items")
def items_again():
    return "duplicate"
