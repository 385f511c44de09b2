nested = [[1, 2], [3], [], [4, 5, 6]]
print(sum(nested, []), [x for sub in nested for x in sub], len(sum(nested, [])))
deep = [1, [2, [3, [4, [5]]]], 6]
def flatten(x):
    out = []
    for item in x:
        if isinstance(item, list):
            out.extend(flatten(item))
        else:
            out.append(item)
    return out
print(flatten(deep), flatten([]), flatten([[[]]]))
def depth(x):
    return 1 + max((depth(i) for i in x if isinstance(i, list)), default=0) if isinstance(x, list) else 0
print(depth(deep), depth([]), depth([1, 2]), depth([[[]]]))
print([sum(sub) for sub in nested], sum(map(sum, nested)), max(nested, key=len), min(nested, key=len))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(r) for r in zip(*matrix)], [[v * 2 for v in row] for row in matrix])
print(sum(sum(row) for row in matrix), [row[::-1] for row in matrix[::-1]])
chunks = [list(range(i, min(i + 3, 10))) for i in range(0, 10, 3)]
print(chunks, sum(chunks, [])== list(range(10)))
pairs = [[k, v] for k, v in {"a": 1, "b": 2}.items()]
print(pairs, dict(pairs), list(map(tuple, pairs)))
print([[0] * 3 for _ in range(2)], [[i * j for j in range(3)] for i in range(3)])
print(list(map(list, zip(*[[1, 2], [3, 4], [5, 6]]))))
