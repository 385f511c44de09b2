point = (3, 4)
x, y = point
print(point, x, y, point[0] ** 2 + point[1] ** 2)
moved = (point[0] + 1, point[1])
print(moved, point + (5,), point * 2, point.count(3), point.index(4))
records = [("ann", 30), ("bob", 25)]
records[0] = ("ann", 31)
print(records)
as_list = list(point)
as_list[0] = 99
print(as_list, tuple(as_list))
nested = ([1, 2], "s")
nested[0].append(3)
print(nested)
def rename(record, new_name):
    record[0] = new_name
    return record
print(rename(["list", 1], "renamed"))
print(rename([0, 0], "x"), tuple(rename(list(point), "y")))
print(rename(records[1], "robert"))
