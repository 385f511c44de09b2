class Config:
    defaults = {"level": 1}
    tags = []
    version = 1

a, b = Config(), Config()
a.tags.append("shared!")
print(b.tags, Config.tags)
a.tags = ["own"]
print(a.tags, b.tags, Config.tags)
a.version += 1
print(a.version, b.version, Config.version, "version" in vars(a))
Config.version = 10
print(a.version, b.version)
del a.version
print(a.version)
Config.new_attr = "added later"
print(a.new_attr, b.new_attr)
a.defaults["level"] = 99
print(b.defaults, Config.defaults)

class Sub(Config):
    pass
print(Sub.version, Sub.tags is Config.tags)
Sub.version = 20
print(Config.version, Sub.version, "version" in vars(Sub))
del Sub.version
print(Sub.version)
try:
    del Sub.version
except AttributeError as e:
    print(type(e).__name__, e)

class Counter:
    instances = 0
    def __init__(self):
        self.instances += 1
print(Counter().instances, Counter.instances)
class Counter2:
    instances = 0
    def __init__(self):
        type(self).instances += 1
for _ in range(3):
    Counter2()
print(Counter2.instances)
class Sub2(Counter2):
    pass
Sub2()
print(Counter2.instances, Sub2.instances)
