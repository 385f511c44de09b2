log = []
def t(label, value=None):
    log.append(label)
    return value if value is not None else label

def show(title):
    print(title, log)
    log.clear()

t('a') + t('b') * t('c') if False else None
_ = t('a', 1) + t('b', 2) * t('c', 3)
show("binary:")
d = {}
d[t('key')] = t('value')
show("subscript assignment:")
x = [0, 0]
x[t('idx', 0)], x[t('idx2', 1)] = t('v1', 5), t('v2', 6)
show("tuple assignment:")
f = lambda *a, **k: None
f(t('arg1'), t('arg2'), kw=t('kwarg'), **{t('dkey'): t('dval')})
show("call args:")
{t('k1'): t('v1'), t('k2'): t('v2')}
show("dict display:")
[t('l1'), *[t('l2')], t('l3')]
show("list display:")
t('cond', 1) if t('test', True) else t('other', 2)
show("conditional:")
t('lhs', 1) < t('mid', 2) < t('rhs', 3)
show("chained compare:")

class O:
    pass
o = O()
t('obj', o).attr = t('rhs-attr')
show("attribute assignment:")
a = b = t('chained', 1)
show("chained assignment:")
x[t('aug-index', 0)] += t('aug-value', 10)
show("augmented:")
print(x)
def kwonly(*, a, b):
    return a, b
kwonly(b=t('b-first'), a=t('a-second'))
show("keyword order:")
t('fn', f)(t('after-fn'))
show("callee first:")
[t(f'comp{i}') for i in range(2) if t(f'cond{i}', True)]
show("comprehension:")
print(t('p1', 1), t('p2', 2), sep=t('sep', '-'))
show("print args:")
s = t('s', "abc")[t('start', 0):t('stop', 2)]
show("slice:")
