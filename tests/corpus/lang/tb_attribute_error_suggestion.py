class Config:
    def __init__(self):
        self.hostname = "localhost"
        self.port = 8080
        self.timeout = 30
    def describe(self):
        return f"{self.hostname}:{self.port} (timeout {self.timeout})"

c = Config()
print(c.describe())
for name in ["hostname", "portt", "timeoutt", "xyz"]:
    try:
        print(name, "=", getattr(c, name))
    except AttributeError as e:
        print(type(e).__name__, e)

try:
    [].apend(1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    "text".uper()
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (5).real_part
except AttributeError as e:
    print(type(e).__name__, e)
try:
    None.value
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Config.describ
except AttributeError as e:
    print(type(e).__name__, e)

def connect(cfg):
    print("connecting to", cfg.hostname)
    return cfg.hostnme.upper()
connect(c)
