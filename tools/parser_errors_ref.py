"""Reference side of tools/parser-errors: collects code snippets from CPython's own syntax tests and records
what CPython's ast.parse makes of each (tree hash, or the SyntaxError fields).

Snippets: doctest examples in the listed test modules' docstrings, and every string constant of those modules
(most invalid-syntax tests pass source as a string literal). Usage: python3.12 parser_errors_ref.py LIBDIR OUT.tsv
Line format: base64(source) TAB OK TAB sha256(dump)  |  base64(source) TAB ERR TAB type lineno offset end_lineno end_offset msg-repr
(TAB-separated; None is written as -1; a last column holds repr(text)).
"""
import ast, base64, doctest, hashlib, os, sys, warnings

MODULES = ['test_syntax', 'test_grammar', 'test_exceptions', 'test_fstring', 'test_patma', 'test_positional_only_arg',
           'test_named_expressions', 'test_unpack_ex', 'test_genexps', 'test_string_literals', 'test_eof',
           'test_type_params', 'test_type_aliases', 'test_keywordonlyarg', 'test_compile', 'test_unpack',
           'test_listcomps', 'test_setcomps', 'test_dictcomps', 'test_coroutines', 'test_decorators', 'test_with',
           'test_except_star', 'test_global', 'test_lambda', 'test_flufl', 'test_utf8source', 'test_source_encoding',
           'test_ast', 'test_tokenize', 'test_cmd_line_script', 'test_traceback', 'test_future_stmt/test_future']

def snippets(path):
    with open(path, 'rb') as f:
        src = f.read()
    tree = ast.parse(src)
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, (str, bytes)):
            v = node.value
            if isinstance(v, bytes):
                try:
                    v = v.decode('utf-8')
                except UnicodeDecodeError:
                    continue
            if 0 < len(v) < 2000:
                out.append(v)
        doc = None
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef, ast.AsyncFunctionDef)):
            doc = ast.get_docstring(node, clean=False)
        if doc and '>>>' in doc:
            try:
                for ex in doctest.DocTestParser().get_examples(doc):
                    out.append(ex.source)
            except ValueError:
                pass
    return out

def fmt(v):
    return '-1' if v is None else str(v)

def main():
    warnings.simplefilter('ignore')
    lib, outpath = sys.argv[1], sys.argv[2]
    seen = set()
    lines = []
    for m in MODULES:
        p = os.path.join(lib, 'test', m + '.py')
        if not os.path.exists(p):
            p = os.path.join(lib, 'test', m, '__init__.py')
            if not os.path.exists(p):
                continue
        for s in snippets(p):
            if s in seen:
                continue
            seen.add(s)
            try:
                tree = ast.parse(s)
            except SyntaxError as e:
                res = 'ERR\t%s\t%s\t%s\t%s\t%s\t%r\t%r' % (type(e).__name__, fmt(e.lineno), fmt(e.offset), fmt(e.end_lineno),
                                                         fmt(e.end_offset), e.msg, e.text)
            except (ValueError, TypeError, MemoryError, RecursionError) as e:
                continue
            else:
                d = ast.dump(tree, include_attributes=True)
                res = 'OK\t' + hashlib.sha256(d.encode('utf-8', 'surrogatepass')).hexdigest()
            b = base64.b64encode(s.encode('utf-8', 'surrogatepass')).decode('ascii')
            lines.append(b + '\t' + res)
    with open(outpath, 'w') as f:
        f.write('\n'.join(lines) + '\n')

main()
