# Run by the reference CPython with JPY_MODULE set to the path of one of jpy's pure-Python modules: runs the same
# expressions against CPython's module and jpy's, printing MISMATCH lines where results (values, reprs, exception
# types and messages) differ, then a final count.
import importlib.util, sys, os, itertools as real, operator
spec = importlib.util.spec_from_file_location('jpy_itertools', os.environ['JPY_MODULE'])
mine = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mine)

def outcome(thunk):
    try:
        v = thunk()
        return 'ok ' + repr(v)
    except Exception as e:
        return 'exc %s: %s' % (type(e).__name__, e)

cases = [
    "list(M.islice(M.count(), 5))", "list(M.islice(M.count(3, 2), 4))", "list(M.islice(M.count(1.5, 0.5), 4))",
    "repr(M.count())", "repr(M.count(5))", "repr(M.count(5, 2))", "repr(M.count(1.0))", "repr(M.count(2, 1.0))",
    "M.count('a')", "M.count(1, 'x')",
    "list(M.islice(M.cycle('abc'), 8))", "list(M.cycle([]))", "M.cycle()", "M.cycle(1)",
    "list(M.repeat('a', 3))", "list(M.repeat('a', -2))", "repr(M.repeat('a'))", "repr(M.repeat('a', 3))",
    "repr(M.repeat(times=2, object=[1]))", "operator.length_hint(M.repeat('x', 4))", "M.repeat('a', 'b')",
    "list(M.accumulate([1, 2, 3, 4]))", "list(M.accumulate([1, 2, 3], operator.mul))",
    "list(M.accumulate([1, 2], initial=10))", "list(M.accumulate([], initial=5))", "list(M.accumulate([]))",
    "list(M.accumulate('abc'))",
    "list(M.chain('ab', [1, 2], ()))", "list(M.chain())", "list(M.chain.from_iterable(['ab', 'cd']))",
    "list(M.chain(1))", "M.chain(x=1)", "list(M.chain('a', 1, 'b'))",
    "list(M.compress('abcdef', [1, 0, 1, 0, 1, 1]))", "list(M.compress('ab', [1]))",
    "list(M.dropwhile(lambda x: x < 3, [1, 2, 3, 4, 1]))", "list(M.takewhile(lambda x: x < 3, [1, 2, 3, 1]))",
    "list(M.filterfalse(None, [0, 1, '', 'a', None]))", "list(M.filterfalse(lambda x: x % 2, range(6)))",
    "list(M.starmap(pow, [(2, 3), (3, 2)]))", "list(M.starmap(pow, [1]))",
    "[(k, list(g)) for k, g in M.groupby('aaabbcdd')]", "[(k, list(g)) for k, g in M.groupby([1, 3, 2, 4, 5], lambda x: x % 2)]",
    "[k for k, g in M.groupby('aabbc')]", "(lambda gs: [list(g) for k, g in gs])(list(M.groupby('aabb')))",
    "list(M.islice('abcdefg', 2))", "list(M.islice('abcdefg', 2, 4))", "list(M.islice('abcdefg', 2, None))",
    "list(M.islice('abcdefg', 0, None, 2))", "list(M.islice('abcdefg', 1, 6, 3))", "M.islice('abc', -1)",
    "M.islice('abc', 1, 2, 0)", "M.islice('abc', 'a')", "M.islice('abc', 1, 'b')", "M.islice('abc')",
    "M.islice('abc', 1, 2, 3, 4)", "M.islice('abc', None, None, -1)", "list(M.islice('abc', None))",
    "(lambda it: (list(M.islice(it, 2)), list(it)))(iter(range(6)))",
    "(lambda it: (list(M.islice(it, 1, 3)), list(it)))(iter(range(6)))",
    "list(M.pairwise('abcd'))", "list(M.pairwise('a'))", "list(M.pairwise(''))",
    "[list(t) for t in M.tee('abc')]", "[list(t) for t in M.tee('abc', 3)]", "M.tee('abc', 0)", "M.tee('a', -1)",
    "(lambda a, b: (next(a), next(a), list(b), list(a)))(*M.tee(iter(range(4))))",
    "(lambda a: [list(x) for x in M.tee(a, 2)])(M.tee('xyz')[0])",
    "list(M.zip_longest('abc', 'de'))", "list(M.zip_longest('ab', 'cde', fillvalue='-'))", "list(M.zip_longest())",
    "list(M.zip_longest('', ''))", "M.zip_longest(1)",
    "list(M.product('ab', range(2)))", "list(M.product('ab', repeat=2))", "list(M.product())", "list(M.product('ab', ''))",
    "M.product(1)", "M.product('a', repeat=-1)",
    "list(M.permutations('abc'))", "list(M.permutations('abcd', 2))", "list(M.permutations('ab', 3))",
    "list(M.permutations('', 0))", "list(M.permutations('abc', 0))", "M.permutations('abc', -1)", "M.permutations('a', 'b')",
    "list(M.combinations('abcd', 2))", "list(M.combinations('abc', 0))", "list(M.combinations('ab', 3))",
    "M.combinations('abc', -1)", "list(M.combinations(range(5), 3))",
    "list(M.combinations_with_replacement('abc', 2))", "list(M.combinations_with_replacement('', 2))",
    "list(M.combinations_with_replacement('', 0))", "list(M.combinations_with_replacement('ab', 0))",
    "list(M.batched('abcdefg', 3))", "list(M.batched('', 2))", "M.batched('abc', 0)",
    "type(M.chain()).__name__", "type(M.count()).__module__", "type(M.chain()).__qualname__",
    "isinstance(M.chain(), M.chain)", "list(iter(M.repeat(1, 2)))", "next(M.count(10))",
    "sorted(n for n in dir(M) if not n.startswith('_'))",
]
mismatches = 0
for case in cases:
    want = outcome(lambda: eval(case, {'M': real, 'operator': operator}))
    got = outcome(lambda: eval(case, {'M': mine, 'operator': operator}))
    if want != got:
        mismatches += 1
        print('MISMATCH', case, '\n   want', want, '\n   got ', got)
print('checked', len(cases), 'mismatches', mismatches)
