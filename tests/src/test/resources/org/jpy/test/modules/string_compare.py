# Run by the reference CPython with JPY_MODULE naming jpy's _string.py: format-string scanning compared with CPython's.
import importlib.util, os, _string as real
spec = importlib.util.spec_from_file_location('jpy_string', os.environ['JPY_MODULE'])
mine = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mine)

def outcome(thunk):
    try:
        return 'ok ' + repr(thunk())
    except Exception as e:
        return 'exc %s: %s' % (type(e).__name__, e)

formats = ['', 'abc', '{}', '{0}', 'a{0}b', '{{', '}}', 'a{{b}}c', '{', '}', 'a{', 'a}b', '{0!r}', '{0!r:>10}', '{0:{1}}',
           '{0:{1}{2}}', '{a.b[c]}', '{a[}]}', '{0!}', '{0!rx}', '{0!r', '{0:', '{0', '{:}', '{!s}', '{a{b}', 'x{0}{1}y{{z',
           '{0[a:b]!r:c}', '{0.}', '{[}', '{0]}', '{0!r:{1!s:{2}}}', '{0:}}', '{{{0}}}', 'é{0}ü']
names = ['', 'a', '0', '12', 'a.b', 'a[0]', 'a[b].c', 'a.', 'a[', 'a[]', 'a[0]x', 'a[0][1]', '0.real', 'a..b', '[0]',
         '.a', 'a[ 1 ]', '१']
cases = [('parser %r' % f, lambda M, f=f: list(M.formatter_parser(f))) for f in formats]
cases += [('split %r' % n, lambda M, n=n: (lambda r: (r[0], list(r[1])))(M.formatter_field_name_split(n))) for n in names]
cases += [('parser type', lambda M: M.formatter_parser(1)), ('split type', lambda M: M.formatter_field_name_split(1))]
mismatches = 0
for title, case in cases:
    want = outcome(lambda: case(real))
    got = outcome(lambda: case(mine))
    if want != got:
        mismatches += 1
        print('MISMATCH', title, '\n   want', want, '\n   got ', got)
print('checked', len(cases), 'mismatches', mismatches)
