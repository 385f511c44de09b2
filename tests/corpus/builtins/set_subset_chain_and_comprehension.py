a = {1, 2}
b = {1, 2, 3}
c = {1, 2, 3, 4}
print(a < b < c, a <= a < b, c > b > a, a < c and not c < a, a == {2, 1} <= b)
print(sorted({x % 5 for x in range(20)}), {x for x in "hello" if x != "l"} == {"h", "e", "o"})
evens = {n for n in range(10) if n % 2 == 0}
odds = set(range(10)) - evens
print(sorted(evens), sorted(odds), evens | odds == set(range(10)), evens & odds, evens.isdisjoint(odds))
print(sorted({(x, y) for x in range(2) for y in range(2)}), len({frozenset({i, i + 1}) for i in range(3)}))
words = ["apple", "banana", "cherry", "avocado"]
print(sorted({w[0] for w in words}), sorted({len(w) for w in words}))
print(set() <= set(), set() < set(), set() <= {1}, {1} <= set(), frozenset() < {0})
for op in ["a < [1, 2, 3]", "a <= 'abc'", "a > None"]:
    try:
        eval(op)
    except TypeError as e:
        print(op, "TypeError:", e)
print(a.issubset([1, 2, 3]), a.issuperset((1,)), c.issuperset(range(1, 4)), b.issubset("123"))
print(sorted(set("mississippi")), sorted(set([1, 1.0, True, 2])), {None, 0, False, ""} == {None, 0, ""})
universe = set(range(1, 11))
primes = {2, 3, 5, 7}
composites = universe - primes - {1}
print(sorted(composites), primes < universe, sorted(universe ^ primes)[:4])
