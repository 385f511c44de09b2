data = [5, 3, 9, 1, 7]
print(sorted(data), sorted(data, reverse=True), data)
data.sort(key=lambda v: -v)
print(data)
def key_reads(v):
    return (len(data), v)
data.sort(key=key_reads)
print(data)
calls = []
def tracking_key(v):
    calls.append(v)
    return v
data.sort(key=tracking_key)
print(data, len(calls))
snapshot = []
def sees_empty(v):
    snapshot.append(len(data))
    return v
data.sort(key=sees_empty)
print(snapshot)
def mutating_key(v):
    data.append(v)
    return v
data.sort(key=mutating_key)
