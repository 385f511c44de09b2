def mean(values):
    values = list(values)
    return sum(values) / len(values)

def ratios(pairs):
    return (a / b for a, b in pairs)

print(mean([1, 2, 3, 4]))
print(mean([7]), type(mean([2, 4])).__name__)
print(mean(range(10)), mean([0.5, 0.25]))
g2 = (v for v in "ab")
print(type(g2).__name__, list(g2), list(g2))
print(sorted(v % 3 for v in range(7)))
print(mean(ratios([(1, 2), (3, 4)])))
print(list(ratios([(10, 5)])))
gen = ratios([(1, 1), (2, 0)])
print(next(gen))
print(mean(x * 2 for x in range(5)))
print(max(len(s) for s in ["a", "abc", "ab"]))
print(mean(ratios([(4, 2), (9, 3), (1, 0)])))
