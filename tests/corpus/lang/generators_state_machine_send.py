def traffic_light():
    state = "red"
    ticks = 0
    while True:
        command = yield (state, ticks)
        ticks += 1
        if command == "reset":
            state, ticks = "red", 0
        elif command == "emergency":
            state = "flashing"
        elif state == "red":
            state = "green"
        elif state == "green":
            state = "yellow"
        elif state == "yellow":
            state = "red"

light = traffic_light()
print(next(light))
for cmd in [None, None, None, "emergency", "reset", None]:
    print(f"{cmd!s:10} -> {light.send(cmd)}")

def tokenizer():
    token = ""
    tokens = []
    while True:
        ch = yield tokens[:]
        if ch is None:
            if token:
                tokens.append(token)
            return tokens
        if ch.isspace():
            if token:
                tokens.append(token)
                token = ""
        elif ch in "+-*/()":
            if token:
                tokens.append(token)
                token = ""
            tokens.append(ch)
        else:
            token += ch

t = tokenizer()
next(t)
for ch in "12 + foo*(3-x)":
    snapshot = t.send(ch)
print(snapshot)
try:
    t.send(None)
except StopIteration as e:
    print("final tokens:", e.value)

def running_max():
    best = None
    while True:
        v = yield best
        if best is None or v > best:
            best = v
rm = running_max()
next(rm)
print([rm.send(v) for v in [3, 1, 4, 1, 5, 9, 2, 6]])
