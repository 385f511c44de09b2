try:
    raise ValueError("first")
except ValueError:
    try:
        raise TypeError("second")
    finally:
        print("finally runs")
