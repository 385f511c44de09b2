stock = {"apple": 3, "pear": 0, "fig": 5, "kiwi": 0}

def remove_empty_safely(d):
    for k in [k for k, v in d.items() if v == 0]:
        del d[k]
    return d

def remove_empty_unsafely(d):
    for k, v in d.items():
        if v == 0:
            del d[k]
    return d

print(remove_empty_safely(dict(stock)))
print({k: v for k, v in stock.items() if v})
copy = dict(stock)
for k in list(copy):
    copy[k] += 1
print(copy)
for k in copy:
    copy[k] *= 2
print(copy)
print(sorted(stock, key=stock.get), sum(stock.values()))
print(remove_empty_unsafely(dict(stock)))
