class Thing:
    @property
    def value(self):
        return self.compute()
    def compute(self):
        raise RuntimeError("compute failed")
t = Thing()
total = (1 +
         t.value)
