lst = [3, 1, 4, 1, 5, 9, 2, 6]
lst.append(5)
lst.extend([3, 5])
lst.extend(range(2))
lst.insert(0, 100)
lst.insert(-1, 200)
lst.insert(1000, 300)
lst.insert(-1000, -300)
print(lst)
print(lst.pop(), lst.pop(0), lst.pop(-2), lst)
print(lst.index(1), lst.index(1, 3), lst.count(1), lst.count(99), lst.index(5, -4))
lst.remove(1)
print(lst)
lst.reverse()
print(lst)
copy = lst.copy()
copy.clear()
print(copy, len(lst))
for call in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1].index(2),
             lambda: [1, 2].index(1, 1), lambda: [].insert(), lambda: [1].pop("0"), lambda: [].extend(5),
             lambda: [].append(1, 2), lambda: [1].index(1, 0, 0)]:
    try:
        call()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
a = [1, 2]
b = a
a += [3]
a = a + [4]
print(a, b)
print([1, 2] * 2, 2 * [0], [[]] * 2, [1] * 0, [1] * -1)
nested = [[]] * 3
nested[0].append("shared")
print(nested)
print(list(), list("abc"), list(range(3)), list({"k": 1}), list((1, 2)), list(x * 2 for x in range(2)))
print([1, 2, 3] == [1, 2, 3], [1, 2] < [1, 2, 0], [2] > [1, 99], [] < [0], [1, [2]] == [1, [2]])
try:
    [1] < ["a"]
except TypeError as e:
    print(type(e).__name__, e)
print(len([None] * 5), [1, 2, 3][-1], [1, 2, 3][-3])
try:
    [1, 2, 3][3]
except IndexError as e:
    print(type(e).__name__, e)
