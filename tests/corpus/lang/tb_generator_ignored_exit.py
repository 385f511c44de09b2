def stubborn():
    while True:
        try:
            yield "working"
        except GeneratorExit:
            print("refusing to close")
            yield "still here"

def polite():
    try:
        yield "working"
    except GeneratorExit:
        print("closing politely")
        raise

p = polite()
print(next(p))
p.close()
print("polite closed")
s = stubborn()
print(next(s), next(s))
try:
    s.close()
except RuntimeError as e:
    print(type(e).__name__, e)
s2 = stubborn()
next(s2)
s2.close()
