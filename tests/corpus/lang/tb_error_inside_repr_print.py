class Money:
    def __init__(self, amount, currency):
        self.amount = amount
        self.currency = currency
    def __repr__(self):
        return f"Money({self.amount:.2f} {self.currency.upper()})"

wallet = [Money(5, "eur"), Money(2.5, "usd")]
print(wallet)
print(len(wallet), wallet[-1].amount)
print(repr(wallet[0]), str(wallet[1]))
print(f"{wallet[0]!r}")
total = sum(m.amount for m in wallet)
print("total:", total)
print([m.currency for m in wallet], {m.currency: m for m in wallet})
print(sorted(wallet, key=lambda m: m.amount))
print(max(wallet, key=lambda m: m.amount))
wallet.append(Money(1, None))
print(len(wallet), wallet[0])
print(wallet)
