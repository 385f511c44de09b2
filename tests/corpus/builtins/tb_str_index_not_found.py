def field(record, name):
    start = record.index(name + "=") + len(name) + 1
    end = record.find(";", start)
    return record[start:end if end != -1 else None]

rec = "id=7;name=ann;role=admin"
print(field(rec, "id"), field(rec, "name"), field(rec, "role"))
print(rec.find("missing"), rec.count(";"), rec.rindex("="), rec.partition(";"))
try:
    rec.index("zzz")
except ValueError as e:
    print("caught:", e)
try:
    [1, 2].index(3)
except ValueError as e:
    print("caught:", e)
try:
    (1, 2).index(3)
except ValueError as e:
    print("caught:", e)
print(field(rec, "email"))
