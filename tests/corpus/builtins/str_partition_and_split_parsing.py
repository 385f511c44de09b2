log_lines = [
    "2024-03-01 12:00:01 INFO user=ann action=login",
    "2024-03-01 12:05:42 WARN user=bob action=retry attempts=3",
    "2024-03-01 12:07:00 ERROR user=cy action=crash reason=disk full",
    "malformed line",
]
for line in log_lines:
    date, _, rest = line.partition(" ")
    time, _, rest = rest.partition(" ")
    level, _, rest = rest.partition(" ")
    fields = {}
    for token in rest.split():
        key, sep, value = token.partition("=")
        if sep:
            fields[key] = value
        elif fields:
            last = list(fields)[-1]
            fields[last] += " " + key
    print(date, time or "-", level or "-", fields)
url = "https://user:pw@example.com:8080/path/to/page?x=1&y=two#frag"
scheme, _, rest = url.partition("://")
rest, _, fragment = rest.partition("#")
rest, _, query = rest.partition("?")
netloc, _, path = rest.partition("/")
userinfo, _, hostport = netloc.rpartition("@")
host, _, port = hostport.partition(":")
print(scheme, userinfo, host, port, "/" + path, fragment)
print(dict(p.split("=", 1) for p in query.split("&")))
print("a=b=c".partition("="), "a=b=c".rpartition("="), "abc".partition("="), "abc".rpartition("="))
print("k: v: w".split(": ", 1), "  leading".split(" ", 2), "x,,y".split(","), "x,,y".split(",", maxsplit=1))
csv_line = 'name,"city, state",age'
print(csv_line.split(","), csv_line.split('"'))
