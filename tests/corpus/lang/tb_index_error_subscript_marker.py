board = [
    ["x", "o", "x"],
    ["o", "x", "o"],
    [" ", " ", "x"],
]

def cell(r, c):
    return board[r][c]

def diagonal():
    return [cell(i, i) for i in range(3)]

def neighbors(r, c):
    return [cell(r + dr, c + dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1) if (dr or dc)]

print(diagonal())
print(cell(2, 0), repr(cell(2, 1)))
print(neighbors(1, 1))
try:
    board[3]
except IndexError as e:
    print(type(e).__name__, e)
try:
    "abc"[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    (1, 2)[-3]
except IndexError as e:
    print(type(e).__name__, e)
try:
    [].pop()
except IndexError as e:
    print(type(e).__name__, e)
print(neighbors(2, 2))
