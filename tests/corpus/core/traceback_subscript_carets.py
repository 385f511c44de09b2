class C:
    def method(self, d):
        return d["missing"]
def run():
    try:
        C().method({})
    except KeyError:
        x = [1, 2, 3]
        return x[10]
run()
