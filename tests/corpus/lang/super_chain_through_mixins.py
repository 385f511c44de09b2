class Loggable:
    def save(self, log):
        log.append(f"Loggable.save for {type(self).__name__}")
        return super().save(log)

class Validated:
    def save(self, log):
        log.append("Validated.save")
        if not getattr(self, "valid", True):
            raise ValueError("invalid model")
        return super().save(log)

class Model:
    def save(self, log):
        log.append("Model.save")
        return "saved"

class User(Loggable, Validated, Model):
    def save(self, log):
        log.append("User.save")
        return super().save(log)

log = []
print(User().save(log), log)
print([c.__name__ for c in User.__mro__])
u = User()
u.valid = False
log = []
try:
    u.save(log)
except ValueError as e:
    print(type(e).__name__, e, log)

class Plain(Loggable):
    pass
try:
    Plain().save([])
except AttributeError as e:
    print(type(e).__name__, e)

class A:
    def hello(self):
        return ["A"]
class B(A):
    def hello(self):
        return ["B"] + super().hello()
class C(A):
    def hello(self):
        return ["C"] + super().hello()
class D(B, C):
    def hello(self):
        return ["D"] + super().hello()
print(D().hello(), B().hello(), super(B, D()).hello(), super(C, D()).hello())

class Props:
    @property
    def value(self):
        return 1
class MoreProps(Props):
    @property
    def value(self):
        return super().value + 10
print(MoreProps().value)
