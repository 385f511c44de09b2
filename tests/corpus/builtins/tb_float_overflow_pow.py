def compound(principal, rate, years):
    return principal * (1 + rate) ** years

print(round(compound(100, 0.05, 10), 2))
print(round(compound(1000, 0.1, 30), 2))
print(compound(1, 1.0, 1000) > 1e300)
print(2.0 ** 1023, 2 ** 1024 > 1e308, float(2 ** 1023))
try:
    float(2 ** 1024)
except OverflowError as e:
    print("caught:", e)
print(1e308 * 10, (1e308 * 10) - 1e308)
growth = [compound(1, 9.0, y) for y in (10, 100, 300)]
print([f"{g:.3e}" for g in growth])
print(compound(100, -0.5, 10), compound(5, 0.0, 1000), compound(1, 1e-9, 10 ** 6))
print(1.5 ** 1000 > 1e175, (-1.5) ** 3, 0.5 ** 1100)
for years in (50, 100, 200):
    print(years, f"{compound(1, 1.0, years):.3e}")
print(compound(2, 0.5, 2), compound(0, 5.0, 10))
print(compound(1, 9.0, 400))
