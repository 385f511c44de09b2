def save(record):
    print("saving", record)
    if "id" not in record:
        raise KeyError("id")
    return record["id"]

def release(lock):
    print("releasing", lock["name"])
    lock["held"] -= 1
    if lock["held"] < 0:
        raise RuntimeError("lock released too many times")

def transaction(records, lock):
    lock["held"] += 1
    try:
        return [save(r) for r in records]
    finally:
        release(lock)

lock = {"name": "db", "held": 0}
print(transaction([{"id": 1}, {"id": 2}], lock), lock)
try:
    transaction([{"id": 3}, {}], lock)
except KeyError as e:
    print("caught", repr(e), lock)
lock["held"] = -1
transaction([{"id": 4}, {"no": "id"}], lock)
