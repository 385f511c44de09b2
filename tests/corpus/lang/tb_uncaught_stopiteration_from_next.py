def first_even(numbers):
    return next(n for n in numbers if n % 2 == 0)

print(first_even([1, 3, 4, 6]))
print(first_even(range(7, 20)))
print(next((n for n in [1, 3] if n % 2 == 0), "no even number"))
it = iter("ab")
print(next(it), next(it), next(it, "end"))
try:
    first_even([1, 3, 5])
except StopIteration as e:
    print("caught", repr(e))
evens = [first_even([i, i + 1]) for i in range(3)]
print(evens)
def pairs(seq):
    it = iter(seq)
    return [(a, next(it, None)) for a in it]
print(pairs("abcde"), pairs([]))
gen = (c.upper() for c in "xy")
print(next(gen), next(gen), next(gen, "done"))
print(first_even([7, 9, 11]))
