class Handle:
    def __init__(self, name):
        self.name = name
        self.closed = False
    def close(self):
        self.closed = True
        return f"closed {self.name}"
    def __repr__(self):
        return f"Handle({self.name!r}, closed={self.closed})"

def cleanup(resource):
    print("cleaning", resource["name"])
    return resource["handle"].close()

def use(resource):
    try:
        print("using", resource["name"])
        return resource["value"] / resource["divisor"]
    except ZeroDivisionError:
        print("cleanup result:", cleanup(resource))
        return None

h = Handle("first")
print(use({"name": "ok", "value": 10, "divisor": 4, "handle": h}), h)
print(use({"name": "zero", "value": 1, "divisor": 0, "handle": h}), h)
use({"name": "bad", "value": 10, "divisor": 0, "handle": None})
