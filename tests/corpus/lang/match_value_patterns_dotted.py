class Status:
    OK = 200
    NOT_FOUND = 404
    class Redirect:
        MOVED = 301
        FOUND = 302

class Config:
    debug = True
    level = "info"

def classify(code):
    match code:
        case Status.OK:
            return "ok"
        case Status.NOT_FOUND:
            return "not found"
        case Status.Redirect.MOVED | Status.Redirect.FOUND:
            return "redirect"
        case _:
            return "unknown"
print([classify(c) for c in (200, 404, 301, 302, 500)])

def check_config(v):
    match v:
        case Config.level:
            return "matches current level"
        case Config.debug:
            return "equals debug flag"
        case _:
            return "other"
print(check_config("info"), check_config(True), check_config(1), check_config("warn"))
Config.level = "warn"
print(check_config("warn"), check_config("info"))

class Eq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print(f"  Eq.__eq__({other!r})")
        return self.v == other
class Holder:
    target = Eq(5)
match 5:
    case Holder.target:
        print("value pattern used __eq__")
match "x":
    case Holder.target:
        print("no")
    case _:
        print("value pattern compared and failed")
import sys
match sys.maxsize > 2 ** 32:
    case True:
        print("64-bit style maxsize")
    case False:
        print("32-bit maxsize")
