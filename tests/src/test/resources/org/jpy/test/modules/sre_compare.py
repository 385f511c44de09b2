# Run by the reference CPython with JPY_MODULE naming jpy's _sre.py: loads a second copy of the re package on top of
# jpy's _sre (whose engine calls are served here by CPython's own _sre), runs the same expressions with both, and
# prints MISMATCH lines where values, reprs, exception types or messages differ.
import importlib.util, sys, os, types, copy
import re as real_re
import _sre as real_sre

class State:
    def __init__(self, code, groups, string, pos, endpos):
        self.p = real_sre.compile(None, 0, code, groups, {}, (None,) * (groups + 1))
        self.args = (string, pos, endpos)
        self.scanner = None
    @staticmethod
    def spans(m):
        if m is None:
            return None
        out = [m.lastindex if m.lastindex is not None else -1]
        for g in range(len(m.regs)):
            out.extend(m.span(g))
        return tuple(out)
    def match(self, full):
        return self.spans((self.p.fullmatch if full else self.p.match)(*self.args))
    def search(self):
        return self.spans(self.p.search(*self.args))
    def _scanner(self):
        if self.scanner is None:
            self.scanner = self.p.scanner(*self.args)
        return self.scanner
    def scan_search(self):
        return self.spans(self._scanner().search())
    def scan_match(self):
        return self.spans(self._scanner().match())

shim = types.ModuleType('_jpy_sre')
shim.new_state = State
shim.compile_code = lambda code: list(code)
shim.unicode_iscased = real_sre.unicode_iscased
shim.unicode_tolower = real_sre.unicode_tolower
sys.modules['_jpy_sre'] = shim

saved = {name: mod for name, mod in sys.modules.items() if name == 're' or name.startswith('re.') or name == '_sre'}
for name in saved:
    del sys.modules[name]
spec = importlib.util.spec_from_file_location('_sre', os.environ['JPY_MODULE'])
mine_sre = importlib.util.module_from_spec(spec)
sys.modules['_sre'] = mine_sre
spec.loader.exec_module(mine_sre)
import re as my_re
for name in list(sys.modules):
    if name == 're' or name.startswith('re.') or name == '_sre':
        del sys.modules[name]
sys.modules.update(saved)
assert my_re is not real_re and my_re._compiler._sre is mine_sre
mine_modules = {'re': my_re, '_sre': mine_sre}
mine_modules.update({'re.' + n: getattr(my_re, n) for n in ('_compiler', '_parser', '_constants', '_casefix')})

def with_mine(thunk):
    saved_now = {name: sys.modules.get(name) for name in mine_modules}
    sys.modules.update(mine_modules)
    try:
        return thunk()
    finally:
        for name, mod in saved_now.items():
            if mod is None:
                sys.modules.pop(name, None)
            else:
                sys.modules[name] = mod

def outcome(thunk):
    try:
        v = thunk()
        if isinstance(v, types.GeneratorType) or type(v).__name__ in ('callable_iterator',):
            v = list(v)
        return 'ok ' + repr(v)
    except Exception as e:
        return 'exc %s: %s' % (type(e).__name__, e)

def spans_of(it):
    return [(m.span(), m.groups(), m.lastindex) for m in it]

cases = r'''
R.compile('a')
R.compile('a', R.I | R.M)
R.compile(b'x', R.L)
R.compile('x' * 300)
R.compile('a', R.U)
R.compile('(?x) a  b', R.A)
R.match('a', 'abc')
R.match('(a)(b)?', 'ac').groups()
R.match('(a)(b)?', 'ac').groups('z')
R.match('(?P<x>a)(?P<y>b)?', 'ac').groupdict()
R.match('(?P<x>a)(?P<y>b)?', 'ac').groupdict(0)
R.match('(?P<x>a)(?P<y>b)?', 'ab').group('x', 2, 0)
R.match('(?P<x>a)', 'a').group('nope')
R.match('(a)', 'a').group(2)
R.match('(a)', 'a').group(-1)
R.match('(a)', 'a').group(True)
R.match('(a)', 'a')[1]
R.match('(a)', 'a')['x']
R.match('(a)', 'a').group(1.0)
R.match('(a)|(b)', 'b').lastindex
R.match('(?P<n>a)|(?P<m>b)', 'b').lastgroup
R.match('(a)|b', 'b').lastgroup
R.match('(a)(b)', 'ab').regs
R.match('(a)(x)?', 'ab').span(2)
R.match('(a)(x)?', 'ab').start(2)
R.match('a+', 'aaa' * 40)
R.search('b+', 'aabbbcc')
R.search('b+', 'aabbbcc', ) .string
R.compile('b').search('abcb', 2)
R.compile('b').search('abcb', 2).pos
R.compile('b').search('abcb', 2, 100).endpos
R.compile('b').match('abcb', 1, 2)
R.compile('b$').search('abcb', 0, 2)
R.compile('').match('abc', 2, 1)
R.fullmatch('a|ab', 'ab')
R.fullmatch('a*', 'aab')
R.findall('a', 'banana')
R.findall('(a)(n)?', 'banana')
R.findall('(a)', 'banana')
R.findall('x*', 'axxb')
R.findall('', 'abc')
R.findall(b'a.', b'abacad')
R.findall('\\w+', 'hello world', )
spans_of(R.finditer('a*', 'baaac'))
spans_of(R.finditer('(a)|b', 'abab'))
spans_of(R.compile('a').finditer('aaaa', 1, 3))
R.split(',', 'a,b,,c')
R.split('(,)', 'a,b,,c')
R.split('x*', 'axbc')
R.split('', 'abc')
R.split(',', 'a,b,c', 1)
R.split(',', 'a,b,c', maxsplit=-1)
R.split('(a)|(b)', 'xaybz')
R.split(b',', b'a,b')
R.sub('a', 'x', 'banana')
R.sub('a', 'x', 'banana', 2)
R.sub('a', 'x', 'banana', count=-1)
R.sub('(a)', '<\\1>', 'banana')
R.sub('(?P<v>a)', '<\\g<v>\\g<0>>', 'banana')
R.sub('(a)|b', '[\\1]', 'ab')
R.sub('a', '\\n', 'a')
R.sub('a', '\\q', 'a')
R.sub('(a)', '\\2', 'a')
R.sub('a', lambda m: m.group().upper(), 'banana')
R.sub('a', lambda m: None, 'banana')
R.sub('a', lambda m: 1, 'banana')
R.sub('x*', '-', 'abxd')
R.sub('', '-', 'abc')
R.subn('a', 'x', 'banana')
R.subn('a', 'x', 'bnn')
R.sub(b'a', b'x', b'banana')
R.sub(b'(a)', b'\\1\\1', bytearray(b'banana'))
R.sub('a', b'x', 'a')
R.sub(b'a', 'x', b'a')
R.sub('a', 'x', b'a')
R.sub(b'a', b'x', 'a')
R.match('a', 1)
R.match(b'a', memoryview(b'abc'))
R.match(b'(b)', bytearray(b'bc')).group(1)
R.match(b'(b)', memoryview(b'bc')).group(0)
R.match('(a)(b)', 'ab').expand('\\2\\1')
R.match('(a)(b)', 'ab').expand('\\3')
R.match('(a)(b)?', 'a').expand('[\\2]')
R.match('(a)', 'a').expand(b'x')
R.compile('a') == R.compile('a')
R.compile('a') == R.compile('a', R.I)
hash(R.compile('a')) == hash(R.compile('a'))
R.compile('(?P<a>x)(?P<b>y)').groupindex
type(R.compile('(?P<a>x)').groupindex).__name__
R.compile('(a)(b)').groups
R.compile('a', R.I).flags
R.compile(b'a').flags
R.compile('a').pattern
copy.copy(R.compile('a')) is not None
copy.deepcopy(R.match('a', 'a')).span()
R.escape('a.b*c')
R.compile('a').scanner('aaa').search().span()
(lambda s: (s.match(), s.match(), s.match()))(R.compile('a').scanner('aab'))
type(R.compile('a')).__name__
type(R.match('a', 'a')).__module__
repr(type(R.compile('a')))
R.Pattern
R.Match
R.Pattern[str]
R.Match[bytes]
bool(R.match('', ''))
R.match('(?i)straße', 'STRASSE')
R.match('(?i)ǅ', 'ǆ')
R.findall('(?i)[ǅ]', 'ǄǅǆX')
R.search('(?<=a)b', 'ab')
R.search('(?<!a)b', 'ab')
R.sub('(?m)^', '> ', 'a\nb\n')
R.split('\\b', 'hello world')
callable(R.template)
R.compile('(a)').match('a').group(0, 1)
R.match('(?:(a)|b)*', 'ab').groups()
R.match('(a*)+', 'b').groups()
R.match('(a|)*?b', 'aab').span(1)
R.sub('(?P<x>a)', '\\g<x>\\g<1>', 'a')
R.sub('a', '\\g<0>\\g<0>', 'a')
R.sub('a', r'\g<1>', 'a')
R.sub('(a)', r'\g<name>', 'a')
R.sub('a', r'\g<', 'a')
R.compile('a').sub(repl='b', string='a')
R.compile('a').match(string='a', pos=0)
R.compile('a').match('a', pos='0')
R.compile('a').findall('aaa', endpos=2)
R.compile('a').split(string='aba', maxsplit=1)
R.compile('x').match('a' * 1000)
R.match('.*', 'x' * 100)
R.Scanner([('[a-z]+', lambda s, t: t.upper()), ('\\d+', lambda s, t: int(t)), ('\\s+', None)]).scan('abc 12 de')
'''.strip().split('\n')

mismatches = 0
for case in cases:
    want = outcome(lambda: eval(case, {'R': real_re, 'copy': copy, 'spans_of': spans_of}))
    got = with_mine(lambda: outcome(lambda: eval(case, {'R': my_re, 'copy': copy, 'spans_of': spans_of})))
    if want != got:
        mismatches += 1
        print('MISMATCH', case, '\n   want', want, '\n   got ', got)
print('checked', len(cases), 'mismatches', mismatches)
