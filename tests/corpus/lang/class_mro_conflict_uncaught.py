class Animal:
    def sound(self):
        return "..."

class Pet(Animal):
    pass

class Dog(Pet):
    def sound(self):
        return "woof"

print([c.__name__ for c in Dog.__mro__])
print(Dog().sound(), Pet().sound())

class Mixin:
    def describe(self):
        return f"{type(self).__name__} with mixin"

class LoudDog(Mixin, Dog):
    def sound(self):
        return super().sound().upper()

print([c.__name__ for c in LoudDog.__mro__])
print(LoudDog().sound(), LoudDog().describe())
print(issubclass(LoudDog, Animal), isinstance(LoudDog(), Mixin))

def build(name, *bases):
    cls = type(name, bases, {})
    print("built", name, [c.__name__ for c in cls.__mro__])
    return cls

build("Ok1", Pet, Mixin)
build("Ok2", Mixin, Animal)
build("Broken", Animal, Dog)
