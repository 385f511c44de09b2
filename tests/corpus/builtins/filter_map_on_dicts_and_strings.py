prices = {"apple": 1.2, "banana": 0.5, "cherry": 3.0, "date": 2.5}
print(list(filter(lambda k: prices[k] > 1, prices)))
print(dict(filter(lambda kv: kv[1] < 2.6, prices.items())))
print(dict(map(lambda kv: (kv[0].upper(), round(kv[1] * 1.1, 2)), prices.items())))
print(list(map(len, prices)), list(map(prices.get, ["apple", "kiwi"])), sorted(map(prices.__getitem__, prices)))
text = "Hello, World! 123"
print("".join(filter(str.isalpha, text)), "".join(filter(str.isdigit, text)), list(filter(str.isupper, text)))
print("".join(map(lambda c: c.upper() if c.islower() else c.lower(), text)), list(map(ord, "abc")))
print(list(map(str.split, ["a b", "c d e"])), list(map(lambda s: s[::-1], ["abc", "xy"])))
print(list(filter(None, text.split(" "))), list(filter(lambda w: len(w) > 3, text.split())))
print(sum(map(int, filter(str.isdigit, text))), max(map(len, text.split())))
print(list(map(lambda k, v: f"{k}={v}", prices.keys(), prices.values()))[:2])
print(list(map(dict.get, [prices, {"apple": 9}], ["apple", "apple"])))
print(list(filter(lambda p: p[0] < p[1], zip("abc", "bab"))))
inventory = {"a": 0, "b": 3, "c": 0, "d": 7}
in_stock = {k: v for k, v in filter(lambda kv: kv[1], inventory.items())}
print(in_stock, list(map(lambda k: k * inventory[k], inventory)))
print(list(filter(inventory.get, inventory)), list(map(bool, inventory.values())))
print(sorted(filter(lambda k: inventory[k] == 0, inventory)), dict(map(reversed, inventory.items())))
words = "the Quick brown FOX".split()
print(list(map(str.capitalize, words)), list(filter(str.islower, words)), list(filter(str.isupper, words)))
