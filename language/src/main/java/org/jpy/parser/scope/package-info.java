/**
 * Scope analysis with CPython 3.12's rules (Python/symtable.c) and the compiler's context checks (Python/compile.c).
 *
 * <p>Use from the compiler:
 * <pre>
 * SymbolTable st = ScopeAnalyzer.analyze(mod, filename);   // PySyntaxError for scope errors
 * CompileChecks.check(mod, st, filename);                   // PySyntaxError for compiler errors
 * Scope s = st.getScope(functionDefNode);                   // getTypeParamsScope / getTypeVarBoundScope for PEP 695
 * s.nameOp("x", true);                                      // FAST / DEREF / GLOBAL / NAME / ... for a load of x
 * s.getVarnames(); s.getCellvars(); s.getFreevars();        // frame layout, same order as CPython's code objects
 * </pre>
 * Names inside a list/set/dict comprehension are resolved with the comprehension's own scope
 * ({@code st.getScope(listCompNode)}): it is inlined into the enclosing frame (PEP 709), its
 * {@link org.jpy.parser.scope.Scope#getIsolatedNames() isolated names} being saved and restored around it.
 * Both entry points throw {@link org.jpy.parser.scope.CompilationRecursionError} for trees too deep to walk.
 * The symbol flags are CPython's own values ({@link org.jpy.parser.scope.SymbolFlags}), ready for a
 * {@code _symtable} module.
 */
package org.jpy.parser.scope;
