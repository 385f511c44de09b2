class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
    def __eq__(self, other):
        return self.parts == other.parts
    def __hash__(self):
        return hash(self.parts)
    def __repr__(self):
        return "Version(" + ".".join(map(str, self.parts)) + ")"

releases = [Version("1.0"), Version("1.2.3"), Version("2.0")]
print(releases)
print(Version("1.2.3") in releases, Version("3.0") in releases)
print(releases.index(Version("2.0")), releases.count(Version("1.0")))
print({Version("1.0"): "first"}[Version("1.0")])
print(sorted(releases, key=lambda v: v.parts, reverse=True))
print(len({Version("1.0"), Version("1.0"), Version("2.0")}))
print(Version("2.0") == Version("2.0"), Version("2.0") != Version("1.0"))
print([v.parts for v in releases])
print("1.0" in releases)
