name = input()
print(f"first line: {name!r}")
age = input("Age? ")
print(f"age line: {age!r}, as int + 1 = {int(age) + 1}")
spaced = input()
print(repr(spaced), repr(spaced.strip()), spaced.split())
numbers = [int(x) for x in input("numbers: ").split()]
print(numbers, sum(numbers), max(numbers))
empty = input()
print("empty line:", repr(empty))
count = int(input())
rows = [input() for _ in range(count)]
print(rows)
tab = input()
print(repr(tab))
unicode = input("» ")
print(repr(unicode), len(unicode))
last = input()
print("last line without newline:", repr(last))
try:
    input("one more? ")
except EOFError as e:
    print()
    print(type(e).__name__, repr(str(e)))
try:
    input("a", "b")
except TypeError as e:
    print(type(e).__name__, e)
