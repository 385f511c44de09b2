def a(n):
    if n == 0:
        raise ValueError("deep")
    return a(n - 1)
def b():
    try:
        a(3)
    except ValueError as e:
        raise KeyError("wrapped") from e
b()
