edges = [("a", "b"), ("b", "c"), ("c", "a"), ("b", "a"), ("c", "d")]
undirected = {frozenset(e) for e in edges}
print(len(undirected), sorted(sorted(e) for e in undirected))
weights = {frozenset(("a", "b")): 5, frozenset(("b", "c")): 2, frozenset(("c", "d")): 7}
print(weights[frozenset(("b", "a"))], weights.get(frozenset(("a", "d")), "no edge"))
adj = {}
for u, v in edges:
    adj.setdefault(u, set()).add(v)
    adj.setdefault(v, set()).add(u)
print({k: sorted(v) for k, v in sorted(adj.items())})
def reachable(start):
    seen, stack = set(), [start]
    while stack:
        node = stack.pop()
        if node not in seen:
            seen.add(node)
            stack.extend(adj.get(node, ()))
    return seen
print(sorted(reachable("a")), sorted(reachable("d")))
triangles = {frozenset((u, v, w)) for u in adj for v in adj[u] for w in adj[v] if u in adj[w] and len({u, v, w}) == 3}
print([sorted(t) for t in triangles])
groups = {frozenset({1, 2}): "pair", frozenset(): "empty", frozenset({3}): "single"}
print(sorted(groups.values()), groups[frozenset()], frozenset({2, 1}) in groups)
print(frozenset("ab") | frozenset("bc") == frozenset("abc"), frozenset("ab").issubset("abc"))
power = [frozenset(s) for s in [(), (1,), (2,), (1, 2)]]
print(sorted(len(p) for p in power), frozenset(power) == frozenset(reversed(power)))
