class ConfigError(Exception):
    pass

def read_setting(settings, key):
    try:
        return settings[key]
    except KeyError as e:
        raise ConfigError(f"missing setting {key!r}") from e

def parse_port(settings):
    raw = read_setting(settings, "port")
    try:
        return int(raw)
    except ValueError:
        raise ConfigError(f"bad port {raw!r}") from None

print(parse_port({"port": "8080"}))
try:
    parse_port({"port": "eighty"})
except ConfigError as e:
    print(type(e).__name__, e, e.__cause__, e.__suppress_context__, repr(e.__context__))
try:
    parse_port({})
except ConfigError as e:
    print(type(e).__name__, e, repr(e.__cause__), e.__suppress_context__)

try:
    raise ValueError("x") from 5
except TypeError as e:
    print(type(e).__name__, e)

e = RuntimeError("explicit")
try:
    raise e from KeyError
except RuntimeError as r:
    print(repr(r.__cause__))

def load():
    settings = {"host": "example"}
    return parse_port(settings)

load()
