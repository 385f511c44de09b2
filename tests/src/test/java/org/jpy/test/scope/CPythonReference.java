package org.jpy.test.scope;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the reference CPython 3.12 once for a whole corpus of snippets and returns, per snippet, its AST (as JSON
 * for {@link AstFromJson}), its symtable tree, its code-object tree, or the SyntaxError each stage raised. Results
 * are cached by content hash ({@link org.jpy.test.CPython#runScript}).
 */
final class CPythonReference {
    private CPythonReference() {
    }

    static final String SCRIPT = """
                    import ast, dis, json, sys, symtable, types, warnings
                    NAMEOPS = {"LOAD_FAST", "LOAD_FAST_CHECK", "STORE_FAST", "DELETE_FAST", "LOAD_DEREF", "STORE_DEREF",
                               "DELETE_DEREF", "LOAD_FROM_DICT_OR_DEREF", "LOAD_GLOBAL", "STORE_GLOBAL", "DELETE_GLOBAL",
                               "LOAD_FROM_DICT_OR_GLOBALS", "LOAD_NAME", "STORE_NAME", "DELETE_NAME", "LOAD_FAST_AND_CLEAR"}
                    def opsj(co):
                        r = []
                        for ins in dis.get_instructions(co):
                            p = ins.positions
                            if ins.opname in NAMEOPS and p is not None and p.lineno is not None:
                                r.append([ins.opname, ins.argval, p.lineno, p.col_offset, p.end_lineno, p.end_col_offset])
                        return r
                    warnings.simplefilter("ignore")
                    def cj(v):
                        if v is None: return {"t": "None"}
                        if v is Ellipsis: return {"t": "Ellipsis"}
                        if isinstance(v, bool): return {"t": "bool", "v": v}
                        if isinstance(v, int): return {"t": "int", "v": str(v)}
                        if isinstance(v, float): return {"t": "float", "v": repr(v)}
                        if isinstance(v, complex): return {"t": "complex", "v": repr(v.imag)}
                        if isinstance(v, str): return {"t": "str", "v": v}
                        if isinstance(v, bytes): return {"t": "bytes", "v": v.decode("latin-1")}
                        raise TypeError(type(v))
                    def nj(n):
                        if isinstance(n, ast.AST):
                            d = {"_type": type(n).__name__}
                            for f in n._fields:
                                x = getattr(n, f, None)
                                d[f] = cj(x) if isinstance(n, (ast.Constant, ast.MatchSingleton)) and f == "value" else nj(x)
                            for a in n._attributes:
                                if hasattr(n, a): d[a] = getattr(n, a)
                            return d
                        if isinstance(n, list): return [nj(x) for x in n]
                        return n
                    def sj(t):
                        return {"type": t.get_type(), "name": t.get_name(), "lineno": t.get_lineno(), "nested": t.is_nested(),
                                "symbols": dict(t._table.symbols), "params": list(t._table.varnames),
                                "children": [sj(c) for c in t.get_children()]}
                    def codej(co):
                        return {"name": co.co_name, "line": co.co_firstlineno, "varnames": list(co.co_varnames),
                                "cellvars": list(co.co_cellvars), "freevars": list(co.co_freevars), "argcount": co.co_argcount,
                                "posonly": co.co_posonlyargcount, "kwonly": co.co_kwonlyargcount, "flags": co.co_flags,
                                "ops": opsj(co),
                                "children": [codej(c) for c in co.co_consts if isinstance(c, types.CodeType)]}
                    def err(e):
                        return {"type": type(e).__name__, "msg": e.msg, "lineno": e.lineno, "offset": e.offset,
                                "end_lineno": e.end_lineno, "end_offset": e.end_offset}
                    out = []
                    for src in json.load(sys.stdin):
                        mode = "exec"
                        if src.startswith("#mode:"):
                            first, _, src = src.partition("\\n")
                            mode = first[6:]
                        res = {}
                        out.append(res)
                        try:
                            res["ast"] = nj(ast.parse(src, "<s>", mode))
                        except SyntaxError as e:
                            res["parse_error"] = err(e)
                            continue
                        try:
                            res["symtable"] = sj(symtable.symtable(src, "<s>", mode))
                        except SyntaxError as e:
                            res["symtable_error"] = err(e)
                        try:
                            with warnings.catch_warnings(record=True) as ws:
                                warnings.simplefilter("always")
                                co = compile(src, "<s>", mode, dont_inherit=True)
                            res["warnings"] = [str(w.message) + "@" + str(w.lineno) for w in ws
                                               if w.category is SyntaxWarning and ("perhaps you missed a comma" in str(w.message)
                                               or "literal. Did you mean" in str(w.message) or "assertion is always true" in str(w.message))]
                            res["code"] = codej(co)
                        except SyntaxError as e:
                            res["compile_error"] = err(e)
                        except Exception as e:
                            res["compile_crash"] = repr(e)
                    json.dump(out, sys.stdout)
                    """;

    static Path home() {
        return org.jpy.test.CPython.home();
    }

    @SuppressWarnings("unchecked")
    static List<Object> run(List<String> snippets) throws IOException, InterruptedException {
        StringBuilder in = new StringBuilder("[");
        for (int i = 0; i < snippets.size(); i++) {
            if (i > 0) {
                in.append(',');
            }
            in.append(quote(snippets.get(i)));
        }
        in.append(']');
        String input = in.toString();
        org.jpy.test.CPython.Result r = org.jpy.test.CPython.runScript(SCRIPT, input.getBytes(StandardCharsets.UTF_8), "-I");
        if (r.status() != 0) {
            throw new IOException("reference CPython failed: " + r.errText());
        }
        String output = r.outText();
        return (List<Object>) Json.parse(output);
    }

    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
