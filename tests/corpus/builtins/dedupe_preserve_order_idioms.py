items = ["b", "a", "b", "c", "a", "d", "c"]
print(list(dict.fromkeys(items)))
seen = set()
ordered = [x for x in items if not (x in seen or seen.add(x))]
print(ordered, sorted(seen))
print(sorted(set(items)), sorted(set(items), key=items.index))
nums = [3, 1, 3, 2, 1, 5, 2]
print(list(dict.fromkeys(nums)), len(set(nums)), len(nums) - len(set(nums)))
pairs = [(1, "a"), (2, "b"), (1, "c"), (3, "a")]
first_by_key = {}
for k, v in pairs:
    first_by_key.setdefault(k, v)
last_by_key = dict(pairs)
print(first_by_key, last_by_key)
words = ["Apple", "apple", "BANANA", "banana", "Cherry"]
canon = {}
for w in words:
    canon.setdefault(w.lower(), w)
print(list(canon.values()))
unhashable = [[1, 2], [1, 2], [3]]
uniq = []
for x in unhashable:
    if x not in uniq:
        uniq.append(x)
print(uniq, [list(t) for t in dict.fromkeys(map(tuple, unhashable))])
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts, key=counts.get), "".join(k * v for k, v in counts.items()))
print(list(dict.fromkeys("abracadabra")), "".join(dict.fromkeys("abracadabra")))
