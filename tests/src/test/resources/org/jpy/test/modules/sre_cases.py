# Run by the reference CPython: prints SRE programs (as re._compiler emits them) and what CPython's own engine
# answers for match/fullmatch/search/finditer on sample subjects. SreEngineTest replays them on jpy's engine.
import re, sys
from re import _parser, _compiler
from test import re_tests

def ints(seq):
    return ','.join(str(int(x)) for x in seq)

def describe(m, groups):
    if m is None:
        return 'None'
    spans = []
    for g in range(groups + 1):
        spans.extend(m.span(g))
    return ints(spans) + ';' + str(m.lastindex if m.lastindex is not None else -1)

cases = []
seen = set()

def add(pattern, flags, subjects):
    key = (pattern, flags)
    if key in seen:
        return
    seen.add(key)
    try:
        compiled = re.compile(pattern, flags)
        code = _compiler._code(_parser.parse(pattern, flags), flags)
    except (re.error, ValueError, TypeError, OverflowError, RecursionError):
        return
    cases.append((pattern, flags, compiled, code, subjects))

PATTERNS = [
    (r'a', ['a', 'ba', 'b', '']),
    (r'abc', ['abc', 'xabcy', 'ababc', 'ab']),
    (r'(a)(b)?c', ['ac', 'abc', 'xxabcx']),
    (r'(?:(a)|b)*', ['ab', 'ba', 'aab', '']),
    (r'(a|ab)(c|bcd)(d*)', ['abcd', 'abcdd']),
    (r'(a+|b*)*c', ['aabbc', 'c', 'ab']),
    (r'(a*)*', ['aaa', '', 'b']),
    (r'(a*)+b', ['aaab', 'b', 'aaa']),
    (r'(a*?)+?b', ['aaab', 'b']),
    (r'x*?y', ['xxxy', 'y', 'xx']),
    (r'(x{2,3}?)(x*)', ['xxxxx']),
    (r'a{2,}', ['a', 'aa', 'aaaaa']),
    (r'a{,2}b', ['aaab', 'b']),
    (r'\d+(\.\d*)?', ['3.14', 'x42', '7.', '.5']),
    (r'\w+@\w+\.com', ['me@host.com', 'x y@z.com']),
    (r'\bfoo\b', ['foo', 'a foo b', 'foobar', 'barfoo']),
    (r'\Bo\B', ['foo', 'o', 'bob']),
    (r'^abc$', ['abc', 'abc\n', 'x\nabc\n']),
    (r'^a.c$', ['abc', 'a\nc', 'a\nc\n']),
    (r'\Aab\Z', ['ab', 'ab\n']),
    (r'(?m)^\w+$', ['one\ntwo\n', '\nthree']),
    (r'(?s)a.*c', ['a\nbc', 'ac']),
    (r'[a-c]+', ['xxabcabcz', 'ddd']),
    (r'[^a-c]+', ['abcxyzabc']),
    (r'[\d\s]+', ['12 34\tx']),
    (r'[\w-]+', ['foo-bar baz']),
    (r'[^\W\d]+', ['abc123def']),
    (r'[\u0100-\u017f]+', ['x\u0101\u0150y']),
    (r'[\u4e00-\u9fff\u3040-\u30ff]+', ['abc\u65e5\u672c\u3042x']),
    (r'[^\u4e00-\u9fff]+', ['ab\u65e5c']),
    (r'[\U0001F600-\U0001F64F]', ['x\U0001F601y']),
    (r'(?i)hello', ['HeLLo', 'hElLO world', 'help']),
    (r'(?i)[a-z]+', ['ABCdef123']),
    (r'(?i)[^a-z]+', ['ABC123def']),
    (r'(?i)\u0130', ['\u0130', 'i', 'I']),
    (r'(?i)[k]', ['K', 'k', '\u212a']),
    (r'(?i)s+', ['sS\u017f']),
    (r'(?i)\u03c3+', ['\u03a3\u03c2\u03c3']),
    (r'(?i)[\u0400-\u04ff]+', ['\u0410\u0430\u0411x']),
    (r'(?i)[\U00010400-\U0001044f]', ['\U00010428', '\U00010400']),
    (r'(?ai)[a-z]+\u00e9', ['ABC\u00c9', 'abc\u00e9']),
    (r'(?a)\w+', ['caf\u00e9 x']),
    (r'\w+', ['caf\u00e9 na\u00efve \u0661\u0662']),
    (r'\d+', ['\u0661\u0662\u0663 123']),
    (r'\s+', ['a\u00a0\u2003b\x1c']),
    (r'(?a)\s+', ['a\u00a0 \t b']),
    (r'(a)\1', ['aa', 'ab']),
    (r'(?i)(a)\1', ['aA', 'ab']),
    (r'(?P<x>a)(?P=x)', ['aa']),
    (r'(?P<first>\w+) (?P<last>\w+)', ['Jane Doe']),
    (r'(a)?(?(1)b|c)', ['ab', 'c', 'ac']),
    (r'(?=a)\w+', ['abc', 'bcd']),
    (r'(?!a)\w+', ['abc', 'bcd']),
    (r'(?<=a)b', ['ab', 'cb']),
    (r'(?<!a)b', ['ab', 'cb']),
    (r'(?<=(a))b', ['ab']),
    (r'(?=(a+))a*b\1', ['baaabac']),
    (r'(?>a+)b', ['aaab']),
    (r'(?>a+)a', ['aaaa']),
    (r'a++b', ['aaab']),
    (r'a++a', ['aaa']),
    (r'(?:ab)++a', ['ababa']),
    (r'(?:ab)*+a', ['ababa', 'a']),
    (r'(a|b)*+c', ['ababc']),
    (r'(?:a|ab)++c', ['aababc']),
    (r'x{1,3}+x', ['xxxx']),
    (r'(\w+?)(\d+)', ['abc123']),
    (r'(a|b|c|d)+?e', ['abcde']),
    (r'(?:a(b)?)+', ['aba', 'aab']),
    (r'(a)|b', ['b', 'a']),
    (r'(a)|(b)', ['b', 'a']),
    (r'((a)|b)+', ['ab', 'ba']),
    (r'((a)|(b))+', ['ab', 'ba']),
    (r'(?:(a)|(b)|c)+', ['abc', 'cba']),
    (r'(a*)b\1+', ['aabaaaa']),
    (r'()', ['', 'x']),
    (r'', ['', 'abc']),
    (r'a*', ['', 'baaa', 'aab']),
    (r'a*?', ['aaa']),
    (r'|a', ['a', 'b']),
    (r'\b', ['ab cd']),
    (r'$', ['ab\n', 'ab']),
    (r'(?m)$', ['a\nb\n']),
    (r'.', ['\n', 'a']),
    (r'x*', ['axxb']),
    (r'(?:x|)+y', ['xxy']),
    (r'(a?)*?b', ['aab']),
    (r'(?:(?:a*)*)*b', ['aaab', 'aaaa']),
    (r'(\d{1,3})(?:,(\d{3}))*', ['1,234,567']),
    (r'(?i)(?:[a-f]|\d)+', ['DeadBeef99x']),
    (r'(?x) a  b  # comment\n c', ['abc']),
    (r'[\x00-\x7f]+', ['abc\u00e9']),
    (r'[^\n]+', ['abc\ndef']),
    (r'[.]', ['a.b']),
    (r'\.\*\+', ['.*+']),
    (r'[\]\-^]+', ['^-]a']),
    (r'(?i)[\u00c0-\u00ff]+', ['\u00e0\u00c0\u00ff\u0178']),
    (r'(?L)\w+', [b'abc def']),
    (r'(?iL)abc', [b'ABC']),
    (r'(?iL)[a-c]+', [b'AbCd']),
    (r'(?L)\bx\b', [b'a x b']),
    (rb'\x80+\xff', [b'\x80\x80\xff', b'\xff']),
    (rb'(?i)ab+', [b'ABBB', b'ab']),
    (rb'[^\x00-\x7f]+', [b'ab\x80\x81c']),
    (rb'(\w+)\s(\w+)', [b'hello world']),
    (r'\u20ac', ['\u20ac', 'x']),
    (r'(?i)\u1e9e', ['\u00df', '\u1e9e']),
    (r'(?i)\u00df', ['\u1e9e', '\u00df']),
    (r'(?i)[\u1f80-\u1f87]+', ['\u1f88\u1f80']),
    (r'(?i)\u1fb3', ['\u1fbc', '\u1fb3']),
    (r'(?i)[\u1fb3]', ['\u1fbc']),
]

for pattern, subjects in PATTERNS:
    for flags in (0, re.I, re.M | re.S, re.A):
        if isinstance(pattern, bytes) and flags & re.A:
            continue
        if '(?L' in str(pattern) and flags & re.A:
            continue
        add(pattern, flags, subjects)

# CPython's own regression table: every pattern with the string it is tried on
for t in re_tests.tests:
    pattern, s = t[0], t[1]
    add(pattern, 0, [s])
    add(pattern, re.I, [s, s.upper(), s.lower()])

big = 'a' * 20000
add(r'(?:a|b)*c', 0, [big, big + 'c'])
add(r'(a|b)*c', 0, [big + 'c'])
add(r'(?:a*)*b', 0, ['a' * 22])
add(r'(?:(a)|b)+?c', 0, [big + 'c'])
add(r'(\w+\s?)*$', 0, ['word ' * 3000])

out = sys.stdout
for i, (pattern, flags, compiled, code, subjects) in enumerate(cases):
    out.write('C %d %d %d %s\n' % (i, compiled.flags, compiled.groups, ints(code)))
    for s in subjects:
        if isinstance(s, str) != isinstance(compiled.pattern, str):
            continue
        kind = 's' if isinstance(s, str) else 'b'
        data = ints(map(ord, s)) if kind == 's' else ints(s)
        n = len(s)
        windows = [(0, n)] if n < 1000 else [(0, n)]
        if n and n < 1000:
            windows += [(1, n), (0, n - 1), (n // 2, n), (2, 1)]
        for pos, endpos in windows:
            for op in ('match', 'fullmatch', 'search'):
                m = getattr(compiled, op)(s, pos, endpos)
                out.write('T %d %s %s %d %d %s %s\n' % (i, kind, data or '-', pos, endpos, op,
                                                        describe(m, compiled.groups)))
            spans = [describe(m, compiled.groups) for m in compiled.finditer(s, pos, endpos)]
            out.write('T %d %s %s %d %d finditer %s\n' % (i, kind, data or '-', pos, endpos, '|'.join(spans) or '-'))
