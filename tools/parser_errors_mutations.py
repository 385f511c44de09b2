"""Mutation corpus for tools/parser-errors --mutations: random small windows of the reference library files,
mutated (char replacement, truncation, deletion, duplication), with what CPython's ast.parse makes of each, in
parser_errors_ref.py's TSV format. Usage: python3.12 parser_errors_mutations.py LIBDIR OUT.tsv N SEED
"""
import ast, base64, hashlib, os, random, sys, warnings
warnings.simplefilter('ignore')
lib = sys.argv[1]; out = sys.argv[2]; n = int(sys.argv[3]); seed = int(sys.argv[4])
rnd = random.Random(seed)
files = []
for d, dirs, names in os.walk(lib):
    dirs.sort()
    for nm in sorted(names):
        if nm.endswith('.py'):
            files.append(os.path.join(d, nm))
SPECIAL = "()[]{}:;,.'\"\\ \t\n#=*@!fr{}-+<>|%~^&0_"
lines_out = []
def fmt(v): return '-1' if v is None else str(v)
while len(lines_out) < n:
    f = rnd.choice(files)
    try:
        text = open(f, encoding='utf-8').read()
    except Exception:
        continue
    ls = text.split('\n')
    if len(ls) < 5: continue
    i = rnd.randrange(len(ls)); k = rnd.randint(1, 12)
    src = '\n'.join(ls[i:i+k]) + '\n'
    # dedent by the first line's indentation to keep it mostly valid
    ind = len(src) - len(src.lstrip(' '))
    src = '\n'.join(l[ind:] if l.startswith(' ' * ind) else l for l in src.split('\n'))
    kind = rnd.randrange(4)
    if len(src) < 2: continue
    p = rnd.randrange(len(src))
    if kind == 0:
        src = src[:p] + rnd.choice(SPECIAL) + src[p+1:]
    elif kind == 1:
        src = src[:p]
    elif kind == 2:
        q = min(len(src), p + rnd.randint(1, 4)); src = src[:p] + src[q:]
    else:
        q = min(len(src), p + rnd.randint(1, 4)); src = src[:q] + src[p:q] + src[q:]
    try:
        tree = ast.parse(src)
        res = 'OK\t' + hashlib.sha256(ast.dump(tree, include_attributes=True).encode('utf-8', 'surrogatepass')).hexdigest()
    except SyntaxError as e:
        res = 'ERR\t%s\t%s\t%s\t%s\t%s\t%r' % (type(e).__name__, fmt(e.lineno), fmt(e.offset), fmt(e.end_lineno), fmt(e.end_offset), e.msg)
    except (ValueError, MemoryError, RecursionError):
        continue
    lines_out.append(base64.b64encode(src.encode('utf-8', 'surrogatepass')).decode() + '\t' + res)
open(out, 'w').write('\n'.join(lines_out) + '\n')
