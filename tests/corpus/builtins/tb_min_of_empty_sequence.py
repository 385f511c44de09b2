readings = {"mon": [3, 5, 4], "tue": [7, 1], "wed": []}

def summary(day):
    values = readings[day]
    low = min(values, default=None)
    high = max(values, default=None)
    return day, low, high

for day in readings:
    print(summary(day))

def strict_summary(day):
    values = readings[day]
    return day, min(values), max(values), sum(values) / len(values)

print(strict_summary("mon"))
print(strict_summary("tue"))
print(min("hello"), max([2.5, 1]), min((3, "a"), (3, "B")))
print(min([], default="none"), max(iter([]), default=0))
print(strict_summary("wed"))
