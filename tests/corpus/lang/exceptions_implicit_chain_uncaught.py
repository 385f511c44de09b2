def load(name):
    data = {"a": "1", "b": "two"}
    return data[name]

def convert(name):
    raw = load(name)
    try:
        return int(raw)
    except ValueError:
        return float(raw)

def report(names):
    out = {}
    for n in names:
        try:
            out[n] = convert(n)
        except KeyError:
            out[n] = None
    return out

print(report(["a", "zzz"]))
print(convert("a"))
print(report(["a", "b"]))
