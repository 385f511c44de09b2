"""Reference side of tools/parser-verify: runs CPython's ast.parse over a tree of .py files.

Usage: python3.12 parser_verify_ref.py LIBDIR OUT.tsv        (all files, sorted)
       python3.12 parser_verify_ref.py --dump FILE            (prints one dump or error line)
       python3.12 parser_verify_ref.py --list LIST OUT.tsv    (files named in LIST, relative to nothing)
Each TSV line: relpath, then either "OK <sha256 of dump>" or "ERR <type> <lineno> <offset> <msg repr>".
The last line is "#TIME <CPU seconds spent in ast.parse>".
"""
import ast, hashlib, os, sys, time, warnings

TYPE_COMMENTS = os.environ.get('JPY_TYPE_COMMENTS') == '1'

def one(path):
    with open(path, 'rb') as f:
        src = f.read()
    t0 = time.process_time()
    try:
        tree = ast.parse(src, type_comments=TYPE_COMMENTS)
    except SyntaxError as e:
        return time.process_time() - t0, None, e
    except (ValueError, UnicodeError) as e:
        return time.process_time() - t0, None, e
    return time.process_time() - t0, tree, None

def line(rel, tree, err):
    if tree is not None:
        d = ast.dump(tree, include_attributes=True)
        return '%s\tOK\t%s' % (rel, hashlib.sha256(d.encode('utf-8', 'surrogatepass')).hexdigest())
    if isinstance(err, SyntaxError):
        return '%s\tERR\t%s\t%s\t%s\t%r' % (rel, type(err).__name__, err.lineno, err.offset, err.msg)
    return '%s\tERR\t%s\t%s\t%s\t%r' % (rel, type(err).__name__, None, None, str(err))

def main():
    warnings.simplefilter('ignore')
    sys.setrecursionlimit(10000)
    if sys.argv[1] == '--dump':
        _, tree, err = one(sys.argv[2])
        if tree is not None:
            print(ast.dump(tree, include_attributes=True))
        else:
            print('ERR %s %r %s %s %s %s %r' % (type(err).__name__, getattr(err, 'msg', str(err)), getattr(err, 'lineno', None),
                                               getattr(err, 'offset', None), getattr(err, 'end_lineno', None),
                                               getattr(err, 'end_offset', None), getattr(err, 'text', None)))
        return
    if sys.argv[1] == '--list':
        with open(sys.argv[2]) as f:
            files = [(l.strip(), l.strip()) for l in f if l.strip()]
        outpath = sys.argv[3]
    else:
        outpath = sys.argv[2]
        root = sys.argv[1]
        files = []
        for d, dirs, names in os.walk(root):
            dirs.sort()
            for n in sorted(names):
                if n.endswith('.py'):
                    p = os.path.join(d, n)
                    files.append((os.path.relpath(p, root), p))
        files.sort()
    total = 0.0
    with open(outpath, 'w', encoding='utf-8') as out:
        for rel, p in files:
            t, tree, err = one(p)
            total += t
            out.write(line(rel, tree, err) + '\n')
        out.write('#TIME\t%.3f\n' % total)

main()
