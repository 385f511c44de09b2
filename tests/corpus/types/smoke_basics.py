def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

t(lambda: 1 + 2)
t(lambda: int('12', 16))
t(lambda: [1, 2][5])
print(f'{3.5:>8.2f}|', 'x' * 3)
class C:
    pass
print(type(C()).__name__)
for i, v in enumerate('ab'):
    print(i, v)
