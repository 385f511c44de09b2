active = {"ann", "bob", "cy"}
def logout(user):
    active.remove(user)
    print(f"{user} logged out; remaining {sorted(active)}")

logout("bob")
active.discard("nobody")
print(sorted(active), len(active))
active.add("dee")
logout("ann")
print(sorted(active | {"eve"}), sorted(active & {"cy", "zed"}))
try:
    {1, 2}.remove(3)
except KeyError as e:
    print("caught:", repr(e))
print(active.pop() in {"cy", "dee"}, len(active))
print(sorted({"x", "y"} - active), {"cy"} <= active | {"cy"})
active.update(["fay", "gus"])
print(sorted(active))
logout("ann")
