class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"
    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"insufficient funds: {self.balance} < {amount}")
        self.balance -= amount
        return self.balance

class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, owner, balance=0):
        self.accounts[owner] = Account(owner, balance)
        return self.accounts[owner]
    def transfer(self, src, dst, amount):
        self.accounts[src].withdraw(amount)
        self.accounts[dst].balance += amount
        print(f"moved {amount} from {src} to {dst}")

bank = Bank()
print(bank.open("ann", 100), bank.open("bob"))
bank.transfer("ann", "bob", 30)
print(bank.accounts)
bank.transfer("bob", "ann", 10)
print(sorted(bank.accounts.items()))
bank.transfer("bob", "ann", 50)
