doc1 = "the quick brown fox jumps over the lazy dog"
doc2 = "the lazy cat sleeps over the warm dog bed"
w1, w2 = set(doc1.split()), set(doc2.split())
print(sorted(w1 & w2))
print(sorted(w1 - w2))
print(sorted(w2 - w1))
print(sorted(w1 ^ w2))
print(len(w1 | w2), len(w1), len(w2))
jaccard = len(w1 & w2) / len(w1 | w2)
print(f"jaccard={jaccard:.3f}")
letters1, letters2 = set(doc1) - {" "}, set(doc2) - {" "}
print(len(letters1), len(letters2), sorted(set("abcdefghijklmnopqrstuvwxyz") - letters1))
print("pangram" if set("abcdefghijklmnopqrstuvwxyz") <= letters1 else "not pangram")
vowels = set("aeiou")
print({w: len(set(w) & vowels) for w in sorted(w1)})
print(sorted(w for w in w1 | w2 if not set(w) & vowels))
stop = {"the", "over", "a"}
print(sorted((w1 | w2) - stop)[:5], sorted(stop - w1), stop.isdisjoint({"fox"}))
common_letters = set.intersection(*(set(w) for w in ["over", "lover", "rover"]))
print(sorted(common_letters), sorted(set.union(*(set(w) for w in ["ab", "bc", "cd"]))))
