scores = {"ann": 3, "bob": 0, "cy": 5}

def normalize(scores):
    top = max(scores.values())
    return {k: v / top for k, v in scores.items()}

print(normalize(scores))
for name in list(scores):
    if scores[name] == 0:
        del scores[name]
print(scores)
bonus = {k: v + 1 for k, v in scores.items()}
print(bonus)
for name in scores:
    scores[name] += 10
print(scores)
for name in scores:
    if name == "ann":
        scores["dee"] = 1
print(scores)
