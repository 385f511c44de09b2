def show(*args, **kwargs):
    return f"args={args} kwargs={dict(sorted(kwargs.items()))}"

print(show(1, 2))
print(show(*[1, 2], *(3,), *"xy"))
print(show(**{'a': 1}, b=2, **{'c': 3}))
print(show(0, *range(2), 9, *[], k=1))
print(show(*{3: None, 1: None}))
print(show(**dict(x=1, y=2)))

class Mapping:
    def keys(self):
        return ['p', 'q']
    def __getitem__(self, k):
        return k * 2
print(show(**Mapping()))

class NoKeys:
    def __getitem__(self, k):
        return k
try:
    show(**NoKeys())
except TypeError as e:
    print(type(e).__name__, e)

def gen():
    yield 'g1'
    yield 'g2'
print(show(*gen()))

try:
    show(*None)
except TypeError as e:
    print(type(e).__name__, e)

try:
    show(a=1, **{'a': 2})
except TypeError as e:
    print(type(e).__name__, e)

print([*range(3), *'ab'])
print((*[1], *[2, 3]))
print({*[1, 2], *[2, 3]})
print({**{'a': 1}, 'b': 2, **{'a': 3}})
print({'a': 0, **{}})
def first_last(first, *middle, last):
    return first, middle, last
print(first_last(*range(5), last='L'))
args = (1, 2)
kwargs = {'sep': '-', 'end': '!\n'}
print(*args, **kwargs)
print(*'hello', sep='|')
