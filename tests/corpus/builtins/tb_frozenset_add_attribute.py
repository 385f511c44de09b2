allowed = frozenset({"read", "write"})
extra = {"admin"}
print(sorted(allowed), sorted(allowed | extra), sorted(allowed & {"read"}), type(allowed | extra).__name__)
print("read" in allowed, allowed.isdisjoint(extra), allowed < {"read", "write", "x"})
roles = {allowed: "basic", frozenset({"read"}): "viewer"}
print(roles[frozenset(["write", "read"])], len(roles))
mutable = set(allowed)
mutable.add("delete")
print(sorted(mutable), sorted(allowed))
print(hasattr(allowed, "add"), hasattr(mutable, "add"), hasattr(allowed, "union"))
try:
    allowed.discard("read")
except AttributeError as e:
    print("caught:", e)
def grant(perms, p):
    perms.add(p)
    return perms
print(sorted(grant(set(), "x")))
print(sorted(grant({"a"}, "b")))
print(sorted(grant(allowed, "execute")))
