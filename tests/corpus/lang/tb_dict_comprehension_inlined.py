prices = {"apple": 1.2, "pear": 0.8, "fig": 2.5}
quantities = {"apple": 3, "pear": 5, "fig": 1}

def invoice(prices, quantities):
    lines = {item: round(prices[item] * qty, 2) for item, qty in quantities.items()}
    return lines, round(sum(lines.values()), 2)

print(invoice(prices, quantities))
cheap = {k: v for k, v in prices.items() if v < 2}
print(cheap, len(cheap))
doubled = {k: [v] * 2 for k, v in quantities.items()}
print(doubled)
nested = {k: {q: q * 2 for q in range(v)} for k, v in quantities.items() if v < 4}
print(nested)
by_price = {v: k for k, v in prices.items()}
print(sorted(by_price.items()))
unique_lengths = {len(name) for name in prices}
print(sorted(unique_lengths))
quantities["kiwi"] = 4
print(sorted(quantities))
print(invoice(prices, quantities))
