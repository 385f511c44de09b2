matrix = [[2, 4, 8], [1, 3, 9], [5, 0, 10]]

def row_ratios(m):
    return [[round(row[-1] / v, 2) for v in row] for row in m]

def column_sums(m):
    return [sum(row[i] for row in m) for i in range(len(m[0]))]

print(column_sums(matrix))
print(len(matrix), [len(r) for r in matrix])
print(row_ratios(matrix[:2]))
print([[v for v in row if v % 2 == 0] for row in matrix])
print({i: max(row) for i, row in enumerate(matrix)})
transposed = [list(col) for col in zip(*matrix)]
print(transposed)
flat = [v for row in matrix for v in row]
print(flat, sum(flat), min(flat), max(flat))
print([row for row in matrix if 0 not in row])
print(sorted({v % 4 for row in matrix for v in row}))
print(row_ratios(matrix))
