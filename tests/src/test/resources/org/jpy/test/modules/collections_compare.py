# Run by the reference CPython with JPY_MODULE naming jpy's _collections.py: deque and defaultdict behaviour, reprs
# and messages compared with CPython's C implementation.
import importlib.util, os, copy, pickle, _collections as real
spec = importlib.util.spec_from_file_location('jpy_collections', os.environ['JPY_MODULE'])
mine = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mine)

def outcome(thunk):
    try:
        return 'ok ' + repr(thunk())
    except Exception as e:
        return 'exc %s: %s' % (type(e).__name__, e)

def mutate_iter(M):
    d = M.deque([1, 2, 3])
    for x in d:
        d.append(x)

cases = [
    ('repr', lambda M: repr(M.deque([1, 'a']))), ('repr maxlen', lambda M: repr(M.deque(range(5), 3))),
    ('maxlen', lambda M: (M.deque(maxlen=2).maxlen, M.deque().maxlen)), ('maxlen neg', lambda M: M.deque(maxlen=-1)),
    ('maxlen type', lambda M: M.deque(maxlen='x')),
    ('ops', lambda M: (lambda d: (d.append(4), d.appendleft(0), d.pop(), d.popleft(), list(d), d.rotate(1), list(d),
                                  d.rotate(-2), list(d), d.extendleft('ab'), list(d), d.count(2), d.index(3), len(d)))(M.deque([1, 2, 3]))),
    ('pop empty', lambda M: M.deque().pop()), ('popleft empty', lambda M: M.deque().popleft()),
    ('index missing', lambda M: M.deque([1]).index(2)), ('remove missing', lambda M: M.deque([1]).remove(2)),
    ('remove', lambda M: (lambda d: (d.remove(2), list(d)))(M.deque([1, 2, 3, 2]))),
    ('insert full', lambda M: M.deque([1], 1).insert(0, 2)), ('insert', lambda M: (lambda d: (d.insert(-1, 9), list(d)))(M.deque([1, 2]))),
    ('getitem', lambda M: M.deque([1, 2, 3])[-1]), ('getitem bad', lambda M: M.deque([1])[5]), ('getitem type', lambda M: M.deque([1])['a']),
    ('setitem/delitem', lambda M: (lambda d: (d.__setitem__(0, 9), d.__delitem__(1), list(d)))(M.deque([1, 2, 3]))),
    ('contains', lambda M: (2 in M.deque([1, 2]), 5 in M.deque([1]))), ('reversed', lambda M: list(reversed(M.deque([1, 2, 3])))),
    ('eq/lt', lambda M: (M.deque([1]) == M.deque([1]), M.deque([1]) < M.deque([2]), M.deque([1]) == [1])),
    ('add', lambda M: M.deque([1]) + M.deque([2])), ('add list', lambda M: M.deque([1]) + [2]),
    ('mul', lambda M: (M.deque([1, 2]) * 2, M.deque([1, 2], 3) * 2, 0 * M.deque([1]))),
    ('iadd', lambda M: (lambda d: (d.__iadd__('xy'), list(d)))(M.deque([1]))),
    ('mutate iter', mutate_iter), ('hashable', lambda M: M.deque.__hash__ is None),
    ('copy', lambda M: (copy.copy(M.deque([1], 4)), M.deque([1, 2]).copy())),
    ('deepcopy', lambda M: copy.deepcopy(M.deque([[1]], 3))),
    ('bool', lambda M: (bool(M.deque()), bool(M.deque([0])))),
    ('extend self', lambda M: (lambda d: (d.extend(d), list(d)))(M.deque([1, 2]))),
    ('reduce', lambda M: M.deque([1, 2], 5).__reduce__()[1]),
    ('maxlen 0', lambda M: (lambda d: (d.append(1), list(d)))(M.deque(maxlen=0))),
    ('dd', lambda M: (lambda d: (d['a'].append(1), d['b'], repr(d)))(M.defaultdict(list))),
    ('dd none', lambda M: M.defaultdict()['x']), ('dd bad factory', lambda M: M.defaultdict(1)),
    ('dd repr none', lambda M: repr(M.defaultdict(None, {1: 2}))), ('dd copy', lambda M: repr(M.defaultdict(int, a=1).copy())),
    ('dd or', lambda M: repr(M.defaultdict(int, a=1) | {'b': 2})), ('dd ror', lambda M: repr({'b': 2} | M.defaultdict(int, a=1))),
    ('dd get', lambda M: (lambda d: (d.get('x'), 'x' in d))(M.defaultdict(int))),
    ('dd type', lambda M: (M.defaultdict.__module__, M.deque.__module__, M.defaultdict.__mro__[1].__name__)),
    ('count_elements', lambda M: (lambda m: (M._count_elements(m, 'abracadabra'), sorted(m.items())))({})),
]
mismatches = 0
for title, case in cases:
    want = outcome(lambda: case(real))
    got = outcome(lambda: case(mine))
    if want != got:
        mismatches += 1
        print('MISMATCH', title, '\n   want', want, '\n   got ', got)
print('checked', len(cases), 'mismatches', mismatches)
