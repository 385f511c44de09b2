def modinv(a, m):
    return pow(a, -1, m)

for a, m in [(3, 11), (10, 17), (7, 26), (2, 9)]:
    inv = modinv(a, m)
    print(f"inverse of {a} mod {m} = {inv}, check {a * inv % m}")
print(pow(2, 10, 1000), pow(5, 3, 13), pow(-3, 5, 7), pow(4, 0, 9))
print([pow(g, k, 23) for g, k in [(5, 1), (5, 2), (5, 22)]])
print(modinv(1, 2), modinv(5, 1), modinv(-3, 7))
try:
    pow(2, 3, 0)
except ValueError as e:
    print("caught:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("caught:", e)
pairs = [(3, 7), (4, 9), (6, 9)]
for a, m in pairs:
    print(a, m, modinv(a, m))
