distances = {
    ("a", "b"): 5,
    ("b", "c"): 3,
    ("a", "c"): 9,
}

def distance(x, y):
    if (x, y) in distances:
        return distances[x, y]
    return distances[(y, x)]

def route_length(stops):
    return sum(distance(a, b) for a, b in zip(stops, stops[1:]))

print(distance("a", "b"), distance("c", "b"))
print(route_length(["a", "b", "c"]), route_length(["c", "a"]))
try:
    distances[()]
except KeyError as e:
    print(type(e).__name__, e, repr(e))
try:
    {}[("x",)]
except KeyError as e:
    print(type(e).__name__, e)
print(route_length(["a", "b", "d"]))
