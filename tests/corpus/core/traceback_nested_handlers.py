def level3(d):
    return d["key"]["inner"]
def level2(d):
    return level3(d) + 1
def level1():
    data = {"key": {}}
    try:
        return level2(data)
    except KeyError:
        return int("not a number")
level1()
