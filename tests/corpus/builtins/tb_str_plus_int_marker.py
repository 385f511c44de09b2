def label(name, count):
    return name + ": " + str(count) + " items"

def bad_label(name, count):
    return name + ": " + count + " items"

print(label("apples", 3), label("pears", 0))
print("a" * 3 + "b", "-".join(["x", str(1)]), f"{'f'}{1}")
print("%s=%d" % ("n", 5), "{}={}".format("m", 6))
try:
    "n" + 1
except TypeError as e:
    print("caught:", e)
try:
    1 + "n"
except TypeError as e:
    print("caught:", e)
print(bad_label("kiwis", "4"))
print(label("kiwis", 12).upper(), len(label("a", 1)))
print(bad_label("figs", 7))
